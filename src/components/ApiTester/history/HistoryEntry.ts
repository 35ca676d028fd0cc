import type { SavedRequest } from '../model/savedRequest';

/** One request the tester sent, as the history keeps it: no response body, so no returned plaintext either. */
export interface HistoryEntry {
  /** Increases with every entry, across tabs; the newest entry has the highest. */
  readonly id: number;
  /** Epoch milliseconds when it was sent (the browser's clock). */
  readonly at: number;
  readonly request: SavedRequest;
  /** HTTP status; undefined when the sandbox itself failed and nothing answered. */
  readonly status?: number;
  /** The KMS error's `__type`, for error responses. */
  readonly errorType?: string;
  readonly durationMs: number;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

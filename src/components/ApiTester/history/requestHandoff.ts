import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { readSavedRequest } from '../model/savedRequest';
import type { SavedRequest } from '../model/savedRequest';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A history entry on its way to its operation's page: kept in this tab until that page's tester takes it. */
export interface RequestHandoff {
  readonly request: SavedRequest;
  /** Replay: send it as soon as it is loaded (unless members were withheld and must be filled in first). */
  readonly send: boolean;
}

const storageKey = 'qkms-history-handoff';

export function handOffRequest(storage: StorageLike, handoff: RequestHandoff): void {
  try {
    storage.setItem(storageKey, JSON.stringify(handoff));
  } catch {
    // Storage blocked: the page opens with its own request, as after any navigation.
  }
}

/** The request waiting for `operation`'s tester, taken so no other tester or later visit loads it again. */
export function takeHandoff(storage: StorageLike, operation: string): RequestHandoff | undefined {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(storage.getItem(storageKey) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isJsonObject(parsed) || parsed.request === undefined) return undefined;
  const request = readSavedRequest(parsed.request);
  if (typeof request === 'string' || request.operation !== operation) return undefined;
  storage.removeItem(storageKey);
  return { request, send: parsed.send === true };
}

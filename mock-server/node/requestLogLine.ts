export interface RequestLogEntry {
  readonly at: Date;
  /** The X-Amz-Target operation, or the method and path when there is none. */
  readonly operation: string;
  readonly status: number;
  /** The `__type` of an error answer. */
  readonly errorType: string | undefined;
  readonly ms: number;
}

/** `2026-12-01T02:30:00.000Z Encrypt 200 1.9 ms`, or with the error type after the status. */
export function requestLogLine(entry: RequestLogEntry): string {
  const status = entry.errorType === undefined ? String(entry.status) : `${entry.status} ${entry.errorType}`;
  return `${entry.at.toISOString()} ${entry.operation} ${status} ${entry.ms.toFixed(1)} ms`;
}

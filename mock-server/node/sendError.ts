import type { ServerResponse } from 'node:http';

/**
 * Answers with the KMS JSON error shape when the backend itself could not
 * (body too large, adapter failure), so SDKs still parse a named exception.
 * Once headers are out nothing well-formed can follow, so the socket is dropped.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  closeConnection = false,
): void {
  if (res.destroyed) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ __type: type, message });
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(body),
    ...(closeConnection ? { connection: 'close' } : {}),
  });
  res.end(body);
}

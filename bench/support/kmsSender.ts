import type { Qkms } from '../../mock-server/index';

export type KmsSend = (operation: string, body: unknown) => Promise<Record<string, unknown>>;

/** Sends KMS JSON requests to a backend's fetch handler; rejects on anything but 200, so a bench never counts errors as work. */
export function kmsSender(qkms: Qkms): KmsSend {
  return async (operation, body) => {
    const response = await qkms.fetch(
      new Request('http://qkms.local/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}` },
        body: JSON.stringify(body),
      }),
    );
    const reply = (await response.json()) as Record<string, unknown>;
    if (response.status !== 200) throw new Error(`${operation}: ${JSON.stringify(reply)}`);
    return reply;
  };
}

/**
 * The same requests through `qkms.handle`, the core without the fetch objects (the Node server's path), with the body
 * as bytes and headers in a plain map: for comparing what the fetch wrapping costs.
 */
export function kmsHandleSender(qkms: Qkms): KmsSend {
  const handle = qkms.handle?.bind(qkms);
  if (handle === undefined) throw new Error('this backend has no handle');
  const encoder = new TextEncoder();
  return async (operation, body) => {
    const headers = new Map([
      ['content-type', 'application/x-amz-json-1.1'],
      ['x-amz-target', `TrentService.${operation}`],
    ]);
    const bytes = encoder.encode(JSON.stringify(body));
    const answer = await handle({
      method: 'POST',
      url: 'http://qkms.local/',
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      arrayBuffer: async () => bytes.buffer,
    });
    const reply = JSON.parse(answer.body) as Record<string, unknown>;
    if (answer.status !== 200) throw new Error(`${operation}: ${answer.body}`);
    return reply;
  };
}

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

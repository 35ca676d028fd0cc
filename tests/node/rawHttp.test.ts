import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Qkms } from '../../mock-server/index';
import { startServer } from '../../mock-server/node/startServer';
import type { RunningServer } from '../../mock-server/node/startServer';
import { KMS_CONTENT_TYPE as AMZ_JSON, kmsCall, kmsRequest, rawBody } from '../support/kmsRequest';
import { useSandboxServer } from './support/sandboxServer';

/** Sends `body` as written to the server at `url`, as a KMS JSON 1.1 call of `operation`. */
function send(url: string, operation: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(kmsRequest(operation, rawBody(body), headers, { origin: url }));
}

async function expectAwsError(response: Response, status: number, type: string | RegExp): Promise<string> {
  expect(response.status).toBe(status);
  const body: unknown = await response.json();
  expect(body).toEqual({ __type: expect.stringMatching(type), message: expect.any(String) });
  return typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
}

/** Sends raw bytes over TCP and returns everything the server wrote back before closing. */
function rawExchange(url: string, payload: string, endAfterWrite: boolean): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(payload);
      if (endAfterWrite) socket.end();
    });
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('the Node adapter with the real backend', () => {
  const internalErrors: unknown[] = [];
  const server = useSandboxServer({
    maxBodyBytes: 4096,
    qkms: { onInternalError: (error) => internalErrors.push(error) },
  });

  afterAll(() => {
    expect(internalErrors).toEqual([]);
  });

  it('answers a KMS call over HTTP with an x-amz-json-1.1 body', async () => {
    const response = await send(server.url, 'ListKeys', '{}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(AMZ_JSON);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ Keys: expect.arrayContaining([expect.objectContaining({ KeyId: expect.any(String) })]) });
  });

  it('returns 413 ValidationException for a body over the limit and keeps serving', async () => {
    const response = await send(server.url, 'ListKeys', JSON.stringify({ pad: 'x'.repeat(10_000) }));
    const message = await expectAwsError(response, 413, 'ValidationException');
    expect(message).toContain('4096');
    expect((await send(server.url, 'ListKeys', '{}')).status).toBe(200);
  });

  it('stops reading a chunked upload once it passes the limit', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const total = 256 * 1024 * 1024;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) {
          controller.close();
          return;
        }
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: kmsCall('ListKeys', undefined).headers,
      body,
      duplex: 'half',
    };
    const response = await fetch(server.url, init);
    await expectAwsError(response, 413, 'ValidationException');
    expect(pulled).toBeLessThan(total);
    expect((await send(server.url, 'ListKeys', '{}')).status).toBe(200);
  });

  it('returns SerializationException for a body that is not JSON', async () => {
    await expectAwsError(await send(server.url, 'ListKeys', '{"Limit": '), 400, 'SerializationException');
  });

  it('returns UnknownOperationException for an X-Amz-Target it does not know', async () => {
    await expectAwsError(await send(server.url, 'MakeCoffee', '{}'), 400, 'UnknownOperationException');
  });

  it('answers GET / with an AWS-shaped JSON error', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectAwsError(response, response.status, /Exception$/);
  });

  it('keeps serving after a client disconnects halfway through its body', async () => {
    const { host } = new URL(server.url);
    const partial = `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: ${AMZ_JSON}\r\nX-Amz-Target: TrentService.ListKeys\r\nContent-Length: 100\r\n\r\n{"Li`;
    await rawExchange(server.url, partial, true);
    expect((await send(server.url, 'ListKeys', '{}')).status).toBe(200);
  });

  it('answers a request with malformed header bytes with a JSON 400 and keeps serving', async () => {
    const reply = await rawExchange(server.url, 'POST / HTTP/1.1\r\nHost: x\r\nBad Header\u0000: y\r\n\r\n', false);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain('"__type":"SerializationException"');
    expect((await send(server.url, 'ListKeys', '{}')).status).toBe(200);
  });
});

describe('the Node adapter with a backend that misbehaves', () => {
  let server: RunningServer;
  const reported: unknown[] = [];
  let calls = 0;

  beforeAll(async () => {
    const qkms: Qkms = {
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new Error('handler blew up');
        return new Response('{}', { headers: { 'content-type': AMZ_JSON } });
      },
      reset: async () => undefined,
      now: async () => new Date(),
      advanceClock: async () => new Date(),
      exportSandbox: async () => '',
      importSandbox: async () => undefined,
    };
    server = await startServer({ qkms, port: 0, onError: (error) => reported.push(error) });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers 500 KMSInternalException when the handler throws, reports it, and serves the next request', async () => {
    await expectAwsError(await send(server.url, 'ListKeys', '{}'), 500, 'KMSInternalException');
    expect(reported).toEqual([expect.objectContaining({ message: 'handler blew up' })]);
    expect((await send(server.url, 'ListKeys', '{}')).status).toBe(200);
  });
});

describe('the Node adapter passing identity and faults to the backend', () => {
  const echo: Qkms = {
    fetch: async (request) => {
      return new Response(
        JSON.stringify({
          caller: request.headers.get('x-qkms-caller'),
          fault: request.headers.get('x-qkms-sandbox-fault'),
          method: request.method,
          url: request.url,
          body: await request.text(),
        }),
        { headers: { 'content-type': AMZ_JSON, 'x-echo': 'yes' } },
      );
    },
    reset: async () => undefined,
      now: async () => new Date(),
      advanceClock: async () => new Date(),
      exportSandbox: async () => '',
      importSandbox: async () => undefined,
  };
  const principals = { AKIDALICE: 'arn:verenc:111122223333:user/alice' };
  const signedAs = (accessKeyId: string): string =>
    `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20250101/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`;
  let plain: RunningServer;
  let faulty: RunningServer;

  beforeAll(async () => {
    plain = await startServer({ qkms: echo, port: 0, principals });
    faulty = await startServer({ qkms: echo, port: 0, principals, faults: true });
  });

  afterAll(async () => {
    await Promise.all([plain.close(), faulty.close()]);
  });

  it('passes method, path, body and response headers through unchanged', async () => {
    const response = await fetch(`${plain.url}/some/path?q=1`, { method: 'PUT', body: 'payload' });
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(await response.json()).toMatchObject({ method: 'PUT', url: `${plain.url}/some/path?q=1`, body: 'payload' });
  });

  it('sets X-Qkms-Caller from the configured principal of the signing access key', async () => {
    const response = await send(plain.url, 'ListKeys', '{}', { authorization: signedAs('AKIDALICE') });
    expect(await response.json()).toMatchObject({ caller: 'arn:verenc:111122223333:user/alice' });
  });

  it('sends no caller for an access key without a configured principal', async () => {
    const response = await send(plain.url, 'ListKeys', '{}', { authorization: signedAs('AKIDSTRANGER') });
    expect(await response.json()).toMatchObject({ caller: null });
  });

  it('drops a caller header sent by the client, mapped or not', async () => {
    const forged = { 'x-qkms-caller': 'arn:verenc:111122223333:root' };
    const unmapped = await send(plain.url, 'ListKeys', '{}', { ...forged, authorization: signedAs('AKIDSTRANGER') });
    expect(await unmapped.json()).toMatchObject({ caller: null });
    const mapped = await send(plain.url, 'ListKeys', '{}', { ...forged, authorization: signedAs('AKIDALICE') });
    expect(await mapped.json()).toMatchObject({ caller: 'arn:verenc:111122223333:user/alice' });
  });

  it('drops the sandbox fault header unless faults are on', async () => {
    const header = { 'x-qkms-sandbox-fault': 'KMSInternalException' };
    expect(await (await send(plain.url, 'ListKeys', '{}', header)).json()).toMatchObject({ fault: null });
    expect(await (await send(faulty.url, 'ListKeys', '{}', header)).json()).toMatchObject({
      fault: 'KMSInternalException',
    });
  });
});

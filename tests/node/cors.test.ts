import { describe, expect, it } from 'vitest';
import { KMS_CONTENT_TYPE as AMZ_JSON } from '../support/kmsRequest';
import { useSandboxServer } from './support/sandboxServer';

const ALLOWED = 'http://localhost:3000';

/** The preflight a browser sends before an AWS SDK call from a page of `origin`. */
function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,x-amz-date,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,amz-sdk-future',
    },
  });
}

function listKeysFrom(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': AMZ_JSON, 'x-amz-target': 'TrentService.ListKeys' },
    body: '{}',
  });
}

const corsHeaderNames = (response: Response): string[] =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('a server started with --cors for one origin', () => {
  const server = useSandboxServer({ corsOrigins: [ALLOWED, 'https://app.example'] });

  it('answers the preflight of an allowed origin with 204 and the methods and headers an SDK call needs', async () => {
    const response = await preflight(server.url, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-amz-date',
        'x-amz-target',
        'x-amz-security-token',
        'x-amz-user-agent',
        'amz-sdk-invocation-id',
        'amz-sdk-request',
        'amz-sdk-future',
        'x-qkms-sandbox-fault',
        'x-qkms-sandbox-advance-clock',
      ]),
    );
  });

  it('sends the allowed origin and the response headers an SDK reads with the answer to a call', async () => {
    const response = await listKeysFrom(server.url, 'https://app.example');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId, x-amzn-ErrorType, Date');
  });

  it('sends the CORS headers with an error answer too, so the page can read the exception', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': AMZ_JSON, 'x-amz-target': 'TrentService.MakeCoffee' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('sends no CORS headers to an origin it was not given, for the preflight or the call', async () => {
    const refused = await preflight(server.url, 'https://evil.example');
    expect(refused.status).toBe(405);
    expect(corsHeaderNames(refused)).toEqual([]);
    const call = await listKeysFrom(server.url, 'https://evil.example');
    expect(corsHeaderNames(call)).toEqual([]);
  });
});

describe('a server started with --cors *', () => {
  const server = useSandboxServer({ corsOrigins: ['*'] });

  it('allows any origin with a wildcard', async () => {
    const response = await preflight(server.url, 'https://anywhere.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await listKeysFrom(server.url, 'https://anywhere.example')).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('a server started without --cors', () => {
  const server = useSandboxServer();

  it('sends no CORS headers, and a preflight reaches the backend, which answers POST only', async () => {
    const response = await preflight(server.url, ALLOWED);
    expect(response.status).toBe(405);
    expect(corsHeaderNames(response)).toEqual([]);
    expect(corsHeaderNames(await listKeysFrom(server.url, ALLOWED))).toEqual([]);
  });
});

describe('a server started with --cors and --credentials', () => {
  const server = useSandboxServer({
    corsOrigins: [ALLOWED],
    credentials: { AKIDADMIN: { secretAccessKey: 'admin-secret', principal: undefined } },
  });

  it('answers the preflight without a signature, as browsers send none, and refuses the unsigned call itself', async () => {
    expect((await preflight(server.url, ALLOWED)).status).toBe(204);
    const call = await listKeysFrom(server.url, ALLOWED);
    expect(call.status).toBe(400);
    expect(call.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await call.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });
});

import { describe, expect, test, vi } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import type { Store } from '../../../mock-server';
import { kmsRequest, rawBody } from '../../support/kmsRequest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';

/** A DescribeKey request of the seeded key with one part of the protocol changed. */
const post = (init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) =>
  kmsRequest(
    'DescribeKey',
    init.method === 'GET' ? undefined : init.body === undefined ? { KeyId: EXAMPLE_KEY_ID } : rawBody(init.body),
    init.headers,
    { method: init.method, path: init.path },
  );

async function errorBody(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

describe('protocol', () => {
  test('answers 200 with the JSON 1.1 content type and a request id', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toBe('application/x-amz-json-1.1');
    expect(reply.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('gives every response its own version 4 UUID request id, also past a pool refill', async () => {
    const qkms = createQkms();
    const ids = await Promise.all(
      Array.from({ length: 150 }, async () => (await call(qkms, 'ListKeys', {})).headers.get('x-amzn-RequestId')),
    );
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(150);
  });

  test('renders errors as __type and message with the x-amzn-ErrorType header', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: '11111111-2222-4333-8444-555555555555' });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body).sort()).toEqual(['__type', 'message']);
    expect(reply.headers.get('x-amzn-ErrorType')).toBe('NotFoundException');
    expect(reply.headers.get('Content-Type')).toBe('application/x-amz-json-1.1');
  });

  test('returns UnknownOperationException given a method other than POST', async () => {
    const { status, body } = await errorBody(await createQkms().fetch(post({ method: 'GET' })));
    expect(status).toBe(405);
    expect(body.__type).toBe('UnknownOperationException');
    expect(body.message).toContain('POST /');
  });

  test('returns UnknownOperationException given a path other than /', async () => {
    const { status, body } = await errorBody(await createQkms().fetch(post({ path: '/keys' })));
    expect(status).toBe(404);
    expect(body.__type).toBe('UnknownOperationException');
  });

  test('returns UnknownOperationException given an unknown target', async () => {
    const { status, body } = await errorBody(
      await createQkms().fetch(post({ headers: { 'X-Amz-Target': 'TrentService.Frobnicate' } })),
    );
    expect(status).toBe(400);
    expect(body.__type).toBe('UnknownOperationException');
    expect(body.message).toContain('TrentService.Frobnicate');
  });

  test('returns UnknownOperationException given a target without the TrentService prefix', async () => {
    const { body } = await errorBody(await createQkms().fetch(post({ headers: { 'X-Amz-Target': 'DescribeKey' } })));
    expect(body.__type).toBe('UnknownOperationException');
  });

  test('returns SerializationException given a body that is not JSON', async () => {
    const { status, body } = await errorBody(await createQkms().fetch(post({ body: '{"KeyId": ' })));
    expect(status).toBe(400);
    expect(body.__type).toBe('SerializationException');
  });

  test('returns SerializationException given a JSON body that is not an object', async () => {
    const { body } = await errorBody(await createQkms().fetch(post({ body: '[1,2]' })));
    expect(body.__type).toBe('SerializationException');
  });

  test('returns SerializationException given a member of the wrong JSON type', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: 42 });
    expect(errorOf(reply).type).toBe('SerializationException');
    expect(errorOf(reply).message).toContain('keyId');
  });

  test('returns SerializationException given a blob that is not base64', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: 'not base64!' });
    expect(errorOf(reply).type).toBe('SerializationException');
  });

  test('returns SerializationException given a timestamp past the range of a date (found by the property suite: it was a KMSInternalException)', async () => {
    const reply = await call(createQkms(), 'ImportKeyMaterial', {
      KeyId: EXAMPLE_KEY_ID,
      ImportToken: 'AA==',
      EncryptedKeyMaterial: 'AA==',
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: 8_640_000_000_000.001,
    });
    expect(errorOf(reply)).toEqual({
      type: 'SerializationException',
      status: 400,
      message: expect.stringContaining("'validTo' cannot be read: Member must be a timestamp in seconds since the epoch"),
    });
  });

  test('returns an AWS-shaped 400 naming the expected content type given another one', async () => {
    const { status, body } = await errorBody(
      await createQkms().fetch(post({ headers: { 'Content-Type': 'application/json' } })),
    );
    expect(status).toBe(400);
    expect(body.__type).toBe('SerializationException');
    expect(body.message).toContain('application/x-amz-json-1.1');
    expect(body.message).toContain('application/json');
  });

  test('accepts the content type with parameters', async () => {
    const response = await createQkms().fetch(
      post({ headers: { 'Content-Type': 'application/x-amz-json-1.1; charset=utf-8' } }),
    );
    expect(response.status).toBe(200);
  });

  test('ignores an unknown member nested up to the depth limit', async () => {
    const qkms = createQkms({ onInternalError: () => undefined });
    const deep = '['.repeat(999) + ']'.repeat(999);
    const response = await qkms.fetch(post({ body: `{"KeyId":"${EXAMPLE_KEY_ID}","Unknown":${deep}}` }));
    expect(response.status).toBe(200);
  });

  test('refuses a body nested deeper than 1000 levels with SerializationException, even in an unknown member', async () => {
    const qkms = createQkms({ onInternalError: () => undefined });
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const { status, body } = await errorBody(await qkms.fetch(post({ body: `{"KeyId":"${EXAMPLE_KEY_ID}","Unknown":${deep}}` })));
    expect(status).toBe(400);
    expect(body).toEqual({
      __type: 'SerializationException',
      message: 'The request body nests arrays and objects more than 1000 levels deep.',
    });
  });

  test('treats a null member of a nested structure as absent', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'CreateGrant', {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: 'arn:verenc:444455556666:role/Partner',
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextSubset: null, EncryptionContextEquals: { a: 'b' } },
    });
    expect(reply.status).toBe(200);
    const listed = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID });
    expect((listed.body.Grants as { Constraints: unknown }[])[0].Constraints).toEqual({ EncryptionContextEquals: { a: 'b' } });
  });

  test('treats null members as absent', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: null, GrantTokens: null });
    expect(encrypted.status).toBe(200);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, KeyId: null, EncryptionAlgorithm: null });
    expect(decrypted.status).toBe(200);
  });

  test('words a missing member as AWS does', async () => {
    const reply = await call(createQkms(), 'Encrypt', { Plaintext: b64('x') });
    expect(errorOf(reply)).toEqual({
      type: 'ValidationException',
      status: 400,
      message: "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    });
  });

  test('words an out-of-range value as AWS does and never echoes plaintext', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'.repeat(4097)) });
    expect(errorOf(reply).message).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
  });

  test('counts several validation errors in one message', async () => {
    const reply = await call(createQkms(), 'ListKeys', { Limit: 0, Marker: '' });
    expect(errorOf(reply).message).toMatch(/^2 validation errors detected: .*limit.*; .*marker/);
  });

  test('answers KMSInternalException and reports the cause when something unexpected fails', async () => {
    const broken: Store = { ...createMemoryStore(), get: () => Promise.reject(new Error('disk on fire')) };
    const onInternalError = vi.fn();
    const reply = await call(createQkms({ store: broken, onInternalError }), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(reply)).toMatchObject({ type: 'KMSInternalException', status: 500 });
    expect(onInternalError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk on fire' }));
  });
});

describe('JSON answers', () => {
  test('send byte arrays as base64 wherever they nest, and every other member as the operation gave it, without changing its output', async () => {
    const { jsonAnswer } = await import('../../../mock-server/protocol/jsonAnswer');
    const metadata = { KeyId: 'k', Algorithms: ['A', 'B'], Nested: { Deeper: { Count: 3, Missing: undefined } } };
    const context = JSON.parse('{"__proto__": "a member", "Department": "Finance"}') as Record<string, string>;
    const output = {
      Blob: new Uint8Array([1, 2, 3]),
      Metadata: metadata,
      Items: [{ Public: new Uint8Array([255]), Name: 'x' }, { Name: 'y' }],
      Context: context,
      WithBlob: JSON.parse('{"__proto__": "kept", "Bytes": null}') as Record<string, unknown>,
    };
    (output.WithBlob as Record<string, unknown>).Bytes = new Uint8Array([0]);
    const answer = jsonAnswer(output, 'request-id');
    expect(JSON.parse(answer.body)).toEqual({
      Blob: 'AQID',
      Metadata: { KeyId: 'k', Algorithms: ['A', 'B'], Nested: { Deeper: { Count: 3 } } },
      Items: [{ Public: '/w==', Name: 'x' }, { Name: 'y' }],
      Context: JSON.parse('{"__proto__": "a member", "Department": "Finance"}'),
      WithBlob: JSON.parse('{"__proto__": "kept", "Bytes": "AA=="}'),
    });
    expect(answer.body).toContain('"WithBlob":{"__proto__":"kept","Bytes":"AA=="}');
    expect(output.Blob).toBeInstanceOf(Uint8Array);
    expect(output.Items[0].Public).toBeInstanceOf(Uint8Array);
    expect((output.WithBlob as Record<string, unknown>).Bytes).toBeInstanceOf(Uint8Array);
    expect(answer.headers).toEqual({ 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'request-id' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KMS_CONTENT_TYPE as AMZ_JSON } from '../support/kmsRequest';
import { EXAMPLE_KEY_ID } from '../support/sandbox';
import { useSandboxServer } from './support/sandboxServer';

interface BadRequest {
  readonly what: string;
  /** The X-Amz-Target operation; null sends no X-Amz-Target. */
  readonly operation?: string | null;
  /** A whole X-Amz-Target value, instead of TrentService.<operation>. */
  readonly target?: string;
  /** null sends no Content-Type. */
  readonly contentType?: string | null;
  readonly method?: string;
  readonly path?: string;
  readonly body?: string | Uint8Array<ArrayBuffer>;
  readonly status: number;
  readonly type?: string;
  /** Part of the message, or a pattern it matches. */
  readonly says?: string | RegExp;
  /** For requests AWS answers: what the answer holds. */
  readonly answer?: (body: Record<string, unknown>) => void;
}

const key = EXAMPLE_KEY_ID;
const json = (value: unknown): string => JSON.stringify(value);
const base64Of = (length: number): string => Buffer.alloc(length, 7).toString('base64');
const nested = (depth: number, inner: string): string => '['.repeat(depth) + inner + ']'.repeat(depth);

const cases: readonly BadRequest[] = [
  // Bodies that are not JSON, or not a JSON object
  { what: 'a body cut off mid-member', operation: 'Encrypt', body: '{"KeyId": ', status: 400, type: 'SerializationException', says: 'The request body is not valid JSON: Unexpected end of JSON input.' },
  { what: 'text after the JSON value', operation: 'ListKeys', body: '{} x', status: 400, type: 'SerializationException', says: 'Unexpected non-whitespace character after JSON at position 3' },
  { what: 'single-quoted member names', operation: 'ListKeys', body: "{'Limit': 5}", status: 400, type: 'SerializationException', says: "Expected property name or '}' in JSON at position 1" },
  { what: 'an unquoted value, without echoing the body (it may hold a plaintext)', operation: 'Encrypt', body: '{"Plaintext": secret}', status: 400, type: 'SerializationException', says: /^The request body is not valid JSON: Unexpected token 's'\.$/ },
  { what: 'a JSON array as the body', operation: 'Encrypt', body: '[]', status: 400, type: 'SerializationException', says: 'The request body cannot be read: Request body must be a JSON object' },
  { what: 'JSON null as the body', operation: 'ListKeys', body: 'null', status: 400, type: 'SerializationException', says: 'Request body must be a JSON object' },
  { what: 'a JSON number as the body', operation: 'ListKeys', body: '42', status: 400, type: 'SerializationException', says: 'Request body must be a JSON object' },
  { what: 'bytes that are not UTF-8', operation: 'DescribeKey', body: new Uint8Array([...Buffer.from('{"KeyId":"'), 0xc3, 0x28, ...Buffer.from('"}')]), status: 400, type: 'SerializationException', says: 'The request body is not valid UTF-8.' },
  { what: 'a lone UTF-16 surrogate escaped in a string', operation: 'DescribeKey', body: '{"KeyId":"\\ud800"}', status: 400, type: 'ValidationException', says: "at 'keyId' failed to satisfy constraint: Member must be well-formed Unicode text" },

  // Members of the wrong JSON type
  { what: 'a number for a string member', operation: 'Encrypt', body: json({ KeyId: 5, Plaintext: 'aGk=' }), status: 400, type: 'SerializationException', says: "The member 'keyId' cannot be read: Member must be a string" },
  { what: 'a number for a blob member', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 5 }), status: 400, type: 'SerializationException', says: "The member 'plaintext' cannot be read: Member must be valid base64-encoded binary data" },
  { what: 'a list for a map member', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 'aGk=', EncryptionContext: [] }), status: 400, type: 'SerializationException', says: "The member 'encryptionContext' cannot be read: Member must be a map" },
  { what: 'a number as a map value', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 'aGk=', EncryptionContext: { purpose: 1 } }), status: 400, type: 'SerializationException', says: "The member 'encryptionContext' cannot be read: Map value must satisfy constraint: [Member must be a string]" },
  { what: 'a string for a list member', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 'aGk=', GrantTokens: 'token' }), status: 400, type: 'SerializationException', says: "The member 'grantTokens' cannot be read: Member must be a list" },
  { what: 'a string for an integer member', operation: 'ListKeys', body: '{"Limit":"10"}', status: 400, type: 'SerializationException', says: "The member 'limit' cannot be read: Member must be an integer" },
  { what: 'a fraction for an integer member', operation: 'ListKeys', body: '{"Limit":1.5}', status: 400, type: 'SerializationException', says: "The member 'limit' cannot be read: Member must be an integer" },
  { what: 'a string for a boolean member', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 'aGk=', DryRun: 'true' }), status: 400, type: 'SerializationException', says: "The member 'dryRun' cannot be read: Member must be a boolean" },
  { what: 'an object for a string member of a nested structure', operation: 'CreateGrant', body: json({ KeyId: key, GranteePrincipal: 'arn:verenc:444455556666:root', Operations: ['Encrypt'], Constraints: { EncryptionContextEquals: { a: { b: 'c' } } } }), status: 400, type: 'SerializationException', says: "The member 'constraints.encryptionContextEquals' cannot be read" },

  // Huge numbers
  { what: 'an integer past the range of a Java int', operation: 'ListKeys', body: '{"Limit":2147483648}', status: 400, type: 'SerializationException', says: "The member 'limit' cannot be read: Member must be an integer from -2147483648 to 2147483647" },
  { what: 'a number of thirty digits', operation: 'ListKeys', body: '{"Limit":123456789012345678901234567890}', status: 400, type: 'SerializationException', says: 'Member must be an integer from -2147483648 to 2147483647' },
  { what: 'a number past the range of a double', operation: 'ListKeys', body: '{"Limit":1e400}', status: 400, type: 'SerializationException', says: "The member 'limit' cannot be read: Member must be an integer" },
  { what: 'an integer outside the member range', operation: 'ListKeys', body: '{"Limit":0}', status: 400, type: 'ValidationException', says: "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1" },

  // Missing, null and unknown members
  { what: 'no members at all', operation: 'Encrypt', body: '{}', status: 400, type: 'ValidationException', says: "2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; Value null at 'plaintext' failed to satisfy constraint: Member must not be null" },
  { what: 'a required member sent as null', operation: 'Encrypt', body: json({ KeyId: null, Plaintext: 'aGk=' }), status: 400, type: 'ValidationException', says: "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null" },
  { what: 'an empty body for an operation with required members', operation: 'Encrypt', body: '', status: 400, type: 'ValidationException', says: "Value null at 'keyId'" },
  { what: 'an empty body for an operation without required members (read as {})', operation: 'ListAliases', body: '', status: 200, answer: (body) => expect(body.Aliases).toEqual(expect.any(Array)) },
  { what: 'an unknown member (ignored, as AWS does)', operation: 'DescribeKey', body: json({ KeyId: key, Bogus: { nested: [1, 2, 3] } }), status: 200, answer: (body) => expect(body.KeyMetadata).toMatchObject({ KeyId: key }) },
  { what: 'a __proto__ member (an own member like any other, ignored)', operation: 'ListKeys', body: '{"__proto__": {"Limit": 1}}', status: 200, answer: (body) => expect((body.Keys as unknown[]).length).toBeGreaterThan(1) },
  { what: 'a member given twice (the last one counts, as with Jackson)', operation: 'ListKeys', body: '{"Limit": 1000, "Limit": 1}', status: 200, answer: (body) => expect(body.Keys).toHaveLength(1) },

  // Oversize bodies, blobs and strings, bad base64
  { what: 'a body over 1 MiB', operation: 'ListKeys', body: json({ Pad: 'x'.repeat(1024 * 1024) }), status: 413, type: 'ValidationException', says: 'Request body must be at most 1048576 bytes.' },
  { what: 'a plaintext over 4096 bytes', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: base64Of(4097) }), status: 400, type: 'ValidationException', says: "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096" },
  { what: 'a ciphertext over 6144 bytes', operation: 'Decrypt', body: json({ CiphertextBlob: base64Of(6145) }), status: 400, type: 'ValidationException', says: "at 'ciphertextBlob' failed to satisfy constraint: Member must have length less than or equal to 6144" },
  { what: 'a key id of 300,000 characters', operation: 'DescribeKey', body: json({ KeyId: 'k'.repeat(300_000) }), status: 400, type: 'ValidationException', says: "at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048" },
  { what: 'characters that are not base64 in a blob', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: '!!!!' }), status: 400, type: 'SerializationException', says: "The member 'plaintext' cannot be read: Member must be valid base64-encoded binary data" },
  { what: 'base64 without its padding', operation: 'Encrypt', body: json({ KeyId: key, Plaintext: 'aGk' }), status: 400, type: 'SerializationException', says: "The member 'plaintext' cannot be read" },
  { what: 'URL-safe base64', operation: 'Decrypt', body: json({ CiphertextBlob: 'ab-_' }), status: 400, type: 'SerializationException', says: "The member 'ciphertextBlob' cannot be read" },

  // Absurd nesting
  { what: 'lists nested in a string member', operation: 'DescribeKey', body: json({ KeyId: [[[['x']]]] }), status: 400, type: 'SerializationException', says: "The member 'keyId' cannot be read: Member must be a string" },
  { what: 'arrays nested 200,000 deep', operation: 'ListKeys', body: `{"Unknown":${nested(200_000, '')}}`, status: 400, type: 'SerializationException', says: 'The request body nests arrays and objects more than 1000 levels deep.' },
  { what: 'objects nested 1001 deep', operation: 'DescribeKey', body: `${'{"a":'.repeat(1001)}1${'}'.repeat(1001)}`, status: 400, type: 'SerializationException', says: 'more than 1000 levels deep' },
  { what: 'brackets inside strings (not nesting)', operation: 'DescribeKey', body: json({ KeyId: key, Note: '['.repeat(5000) }), status: 200, answer: (body) => expect(body.KeyMetadata).toMatchObject({ KeyId: key }) },

  // Target, content type, method and path
  { what: 'an X-Amz-Target QKMS does not serve', target: 'TrentService.MakeCoffee', body: '{}', status: 400, type: 'UnknownOperationException', says: "QKMS does not know the operation 'TrentService.MakeCoffee'" },
  { what: "another service's X-Amz-Target", target: 'DynamoDB_20120810.ListTables', body: '{}', status: 400, type: 'UnknownOperationException', says: "'DynamoDB_20120810.ListTables'" },
  { what: 'an X-Amz-Target with the wrong case', target: 'trentservice.ListKeys', body: '{}', status: 400, type: 'UnknownOperationException', says: "'trentservice.ListKeys'" },
  { what: 'no X-Amz-Target', operation: null, body: '{}', status: 400, type: 'UnknownOperationException', says: 'Missing X-Amz-Target header; send TrentService.<Operation>.' },
  { what: 'Content-Type application/json', operation: 'ListKeys', contentType: 'application/json', body: '{}', status: 400, type: 'SerializationException', says: "Content-Type must be application/x-amz-json-1.1; got 'application/json'." },
  { what: 'no Content-Type', operation: 'ListKeys', contentType: null, body: new TextEncoder().encode('{}'), status: 400, type: 'SerializationException', says: 'Content-Type must be application/x-amz-json-1.1; got none.' },
  { what: 'GET', operation: 'ListKeys', method: 'GET', status: 405, type: 'UnknownOperationException', says: 'QKMS answers POST / only; got GET /.' },
  { what: 'PUT', operation: 'ListKeys', method: 'PUT', body: '{}', status: 405, type: 'UnknownOperationException', says: 'got PUT /.' },
  { what: 'DELETE on a key path', operation: 'ListKeys', method: 'DELETE', path: `/keys/${key}`, status: 405, type: 'UnknownOperationException', says: `got DELETE /keys/${key}.` },
  { what: 'POST to another path', operation: 'ListKeys', path: '/2014-11-01/keys', body: '{}', status: 404, type: 'UnknownOperationException', says: 'QKMS answers POST / only; got POST /2014-11-01/keys.' },
];

function send(url: string, request: BadRequest): Promise<Response> {
  const headers: Record<string, string> = {};
  if (request.contentType !== null) headers['content-type'] = request.contentType ?? AMZ_JSON;
  const target = request.target ?? (request.operation === null ? undefined : `TrentService.${request.operation ?? 'ListKeys'}`);
  if (target !== undefined) headers['x-amz-target'] = target;
  return fetch(new URL(request.path ?? '/', url), { method: request.method ?? 'POST', headers, body: request.body });
}

async function call(url: string, operation: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': AMZ_JSON, 'x-amz-target': `TrentService.${operation}` },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** What a bad request must not change: the keys, their aliases and grants, and their descriptions. */
async function sandboxState(url: string): Promise<unknown> {
  const keys = (await call(url, 'ListKeys', {})) as { Keys: { KeyId: string }[] };
  return {
    keys,
    aliases: await call(url, 'ListAliases', {}),
    grants: await call(url, 'ListGrants', { KeyId: key }),
    described: await Promise.all(keys.Keys.map(({ KeyId }) => call(url, 'DescribeKey', { KeyId }))),
  };
}

describe('bad input over HTTP', () => {
  const internalErrors: unknown[] = [];
  const server = useSandboxServer({ qkms: { onInternalError: (error) => internalErrors.push(error) } });
  let before: unknown;

  beforeAll(async () => {
    before = await sandboxState(server.url);
  });

  afterAll(() => {
    expect(internalErrors).toEqual([]);
  });

  it.each(cases)('answers $what with $status $type, keeps serving and changes nothing', async (request) => {
    const response = await send(server.url, request);
    expect(response.status).toBe(request.status);
    expect(response.headers.get('content-type')).toBe(AMZ_JSON);
    const body = (await response.json()) as Record<string, unknown>;
    if (request.type === undefined) {
      request.answer?.(body);
    } else {
      expect(Object.keys(body).sort()).toEqual(['__type', 'message']);
      expect(body.__type).toBe(request.type);
      if (typeof request.says === 'string') expect(body.message).toContain(request.says);
      else if (request.says !== undefined) expect(body.message).toMatch(request.says);
    }
    expect(await sandboxState(server.url)).toEqual(before);
  });
});

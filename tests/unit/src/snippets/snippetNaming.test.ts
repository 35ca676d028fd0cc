import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../mock-server/spec';
import type { OperationName } from '../../../../mock-server/spec';
import { kebabCase } from '../../../../src/snippets/kebabCase';
import { operationFromRequest } from '../../../../src/snippets/operationFromRequest';
import { shellQuote } from '../../../../src/snippets/shellQuote';
import { snakeCase } from '../../../../src/snippets/snakeCase';
import { toAwsCli } from '../../../../src/snippets/toAwsCli';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toHttp } from '../../../../src/snippets/toHttp';
import { toHttpResponse } from '../../../../src/snippets/toHttpResponse';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';
import type { ExampleRequest } from '../../../../src/snippets/types';

const request = (operation: string, body: Record<string, unknown>): ExampleRequest => ({
  method: 'POST',
  path: '/',
  headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}` },
  body,
});

describe('names in the generated code', () => {
  it('derives the boto3 method names botocore uses for every operation', () => {
    const names = Object.keys(operationSpecs).map((name) => snakeCase(name));
    expect(names).toContain('generate_data_key_without_plaintext');
    expect(names).toContain('re_encrypt');
    expect(names).toContain('rotate_key_on_demand');
    expect(names).toContain('list_key_rotations');
    expect(snakeCase('ListKMSKeys')).toBe('list_kms_keys');
  });

  it('derives AWS CLI commands and options as kebab-case', () => {
    expect(kebabCase('ScheduleKeyDeletion')).toBe('schedule-key-deletion');
    expect(kebabCase('BypassPolicyLockoutSafetyCheck')).toBe('bypass-policy-lockout-safety-check');
  });

  it('reads the operation from X-Amz-Target whatever the header case', () => {
    expect(operationFromRequest({ headers: { 'x-amz-target': 'TrentService.Decrypt' } })).toBe('Decrypt');
    expect(operationFromRequest({ headers: { 'X-Amz-Target': 'DynamoDB_20120810.GetItem' } })).toBeUndefined();
    expect(operationFromRequest({ headers: {} })).toBeUndefined();
  });

  it('names the JS SDK command class after the operation', () => {
    const code = toJsSdkV3(request('GenerateDataKeyWithoutPlaintext', { KeyId: 'k' }), []);
    expect(code).toContain('import { KMSClient, GenerateDataKeyWithoutPlaintextCommand } from "@aws-sdk/client-kms";');
    expect(code).toContain('new GenerateDataKeyWithoutPlaintextCommand({');
  });
});

describe('values in the generated code', () => {
  const members = operationSpecs.Encrypt.input;

  it('decodes blobs to bytes in the SDKs and keeps other strings as strings', () => {
    const body = { KeyId: 'alias/x', Plaintext: 'SGk=' };
    expect(toJsSdkV3(request('Encrypt', body), members)).toContain('Plaintext: Buffer.from("SGk=", "base64"),');
    expect(toJsSdkV3(request('Encrypt', body), members)).toContain('KeyId: "alias/x",');
    expect(toBoto3(request('Encrypt', body), members)).toContain('Plaintext=base64.b64decode("SGk="),');
    expect(toBoto3(request('Encrypt', body), members)).toMatch(/^import base64\n/);
    expect(toAwsCli(request('Encrypt', body), members)).toContain('--plaintext fileb://<(echo SGk= | base64 -d)');
  });

  it('imports base64 in Python only when a blob needs decoding', () => {
    expect(toBoto3(request('DescribeKey', { KeyId: 'k' }), operationSpecs.DescribeKey.input)).not.toContain('import base64');
  });

  it('writes booleans, integers and lists in each language’s own syntax', () => {
    const body = { KeyId: 'k', NumberOfBytes: 32, GrantTokens: ['a', 'b'], DryRun: true };
    const spec = operationSpecs.GenerateDataKey.input;
    const cli = toAwsCli(request('GenerateDataKey', body), spec);
    expect(cli).toContain('--number-of-bytes 32');
    expect(cli).toContain('--grant-tokens a b');
    expect(cli).toContain('--dry-run');
    const python = toBoto3(request('GenerateDataKey', body), spec);
    expect(python).toContain('DryRun=True,');
    expect(python).toContain('NumberOfBytes=32,');
  });

  it('falls back to quoted JSON for maps the CLI shorthand cannot express', () => {
    const spec = operationSpecs.Encrypt.input;
    expect(toAwsCli(request('Encrypt', { EncryptionContext: { Department: 'Finance' } }), spec)).toContain(
      '--encryption-context Department=Finance',
    );
    expect(toAwsCli(request('Encrypt', { EncryptionContext: { 'a,b': 'x=y' } }), spec)).toContain(
      `--encryption-context '{"a,b":"x=y"}'`,
    );
  });

  it('single-quotes shell words with special characters, escaping embedded quotes', () => {
    expect(shellQuote('arn:verenc:111122223333:key/abc')).toBe('arn:verenc:111122223333:key/abc');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('a b')).toBe("'a b'");
  });
});

describe('raw HTTP', () => {
  it('prints the request with Host and the UTF-8 byte length of the body', () => {
    const http = toHttp(request('Encrypt', { KeyId: 'é' }));
    const [head, body] = http.split('\n\n');
    expect(head.split('\n')[0]).toBe('POST / HTTP/1.1');
    expect(head).toContain('Host: 127.0.0.1:4599');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
  });

  it('prints a response status line with its reason phrase, and no body when there is none', () => {
    expect(toHttpResponse({ status: 400, headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: { __type: 'X' } })).toBe(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/x-amz-json-1.1\n\n{\n  "__type": "X"\n}',
    );
    expect(toHttpResponse({ status: 200 })).toBe('HTTP/1.1 200 OK');
  });
});

it('every operation the backend serves gets a distinct CLI command', () => {
  const commands = (Object.keys(operationSpecs) as OperationName[]).map((name) => kebabCase(name));
  expect(new Set(commands).size).toBe(commands.length);
});

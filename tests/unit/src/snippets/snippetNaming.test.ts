import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../mock-server';
import type { OperationName } from '../../../../mock-server';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { kebabCase } from '../../../../src/snippets/kebabCase';
import { operationFromRequest } from '../../../../src/snippets/operationFromRequest';
import { shellQuote } from '../../../../src/snippets/shellQuote';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import { snakeCase } from '../../../../src/snippets/snakeCase';
import type { SnippetInput } from '../../../../src/snippets/SnippetInput';
import { loadGenerator, snippetLanguages } from '../../../../src/snippets/snippetLanguages';
import { toAwsCli } from '../../../../src/snippets/toAwsCli';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toCurl } from '../../../../src/snippets/toCurl';
import { toHttp } from '../../../../src/snippets/toHttp';
import { toHttpResponse } from '../../../../src/snippets/toHttpResponse';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';

const request = (operation: string, body: JsonObject): SnippetInput => ({ operation, body, endpoint: sandboxEndpoint });

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
    const code = toJsSdkV3(request('GenerateDataKeyWithoutPlaintext', { KeyId: 'k' }));
    expect(code).toContain('import { KMSClient, GenerateDataKeyWithoutPlaintextCommand } from "@aws-sdk/client-kms";');
    expect(code).toContain('new GenerateDataKeyWithoutPlaintextCommand({');
  });
});

describe('values in the generated code', () => {
  it('decodes blobs to bytes in the SDKs and keeps other strings as strings', () => {
    const body = { KeyId: 'alias/x', Plaintext: 'SGk=' };
    expect(toJsSdkV3(request('Encrypt', body))).toContain('Plaintext: Buffer.from("SGk=", "base64"),');
    expect(toJsSdkV3(request('Encrypt', body))).toContain('KeyId: "alias/x",');
    expect(toBoto3(request('Encrypt', body))).toContain('Plaintext=base64.b64decode("SGk="),');
    expect(toBoto3(request('Encrypt', body))).toMatch(/^import base64\n/);
    expect(toAwsCli(request('Encrypt', body))).toContain('--plaintext fileb://<(echo SGk= | base64 -d)');
  });

  it('imports base64 in Python only when a blob needs decoding', () => {
    expect(toBoto3(request('DescribeKey', { KeyId: 'k' }))).not.toContain('import base64');
  });

  it('writes booleans, integers and lists in each language’s own syntax', () => {
    const body = { KeyId: 'k', NumberOfBytes: 32, GrantTokens: ['a', 'b'], DryRun: true };
    const cli = toAwsCli(request('GenerateDataKey', body));
    expect(cli).toContain('--number-of-bytes 32');
    expect(cli).toContain('--grant-tokens a b');
    expect(cli).toContain('--dry-run');
    const python = toBoto3(request('GenerateDataKey', body));
    expect(python).toContain('DryRun=True,');
    expect(python).toContain('NumberOfBytes=32,');
  });

  it('falls back to quoted JSON for maps the CLI shorthand cannot express', () => {
    expect(toAwsCli(request('Encrypt', { EncryptionContext: { Department: 'Finance' } }))).toContain(
      '--encryption-context Department=Finance',
    );
    expect(toAwsCli(request('Encrypt', { EncryptionContext: { 'a,b': 'x=y' } }))).toContain(
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

describe('the language list', () => {
  it('gives every language the same input and a distinct tab id', async () => {
    const input = request('Encrypt', { KeyId: 'k', Plaintext: 'SGk=' });
    const ids = snippetLanguages.map((language) => language.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const language of snippetLanguages) expect((await loadGenerator(language))(input), language.id).toContain('4599');
  });

  it('keeps the Go and Java generators out of the first load', () => {
    const deferred = snippetLanguages.filter((language) => !('generate' in language)).map((language) => language.id);
    expect(deferred).toEqual(['go-sdk-v2', 'java-sdk-v2']);
  });

  it('aims every language at the endpoint it is given', async () => {
    const endpoint = { ...sandboxEndpoint, url: 'http://localhost:9999', host: 'localhost:9999' };
    for (const language of snippetLanguages) {
      const code = (await loadGenerator(language))({ operation: 'DescribeKey', body: { KeyId: 'k' }, endpoint });
      expect(code, language.id).toContain('localhost:9999');
      expect(code, language.id).not.toContain('4599');
    }
  });

  it('sends the KMS JSON 1.1 headers for the operation in raw HTTP and curl', () => {
    const input = request('ReEncrypt', {});
    for (const code of [toHttp(input), toCurl(input)]) {
      expect(code).toContain('Content-Type: application/x-amz-json-1.1');
      expect(code).toContain('X-Amz-Target: TrentService.ReEncrypt');
    }
  });
});

it('every operation the backend serves gets a distinct CLI command', () => {
  const commands = (Object.keys(operationSpecs) as OperationName[]).map((name) => kebabCase(name));
  expect(new Set(commands).size).toBe(commands.length);
});

import { describe, expect, it } from 'vitest';
import { operationSpecs, validateInput } from '../../../../../mock-server/spec';
import { buildRequest } from '../../../../../src/components/ApiTester/model/buildRequest';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { groupFieldErrors } from '../../../../../src/components/ApiTester/model/fieldErrors';
import { describeResponse } from '../../../../../src/components/ApiTester/model/readResponse';

describe('the request the tester sends', () => {
  it('is a KMS JSON 1.1 POST with the body as typed and the fault header only when chosen', async () => {
    const plain = buildRequest('ReEncrypt', '{"a":', undefined);
    expect(plain.method).toBe('POST');
    expect(new URL(plain.url).pathname).toBe('/');
    expect(plain.headers.get('Content-Type')).toBe('application/x-amz-json-1.1');
    expect(plain.headers.get('X-Amz-Target')).toBe('TrentService.ReEncrypt');
    expect(plain.headers.has('X-Qkms-Sandbox-Fault')).toBe(false);
    expect(await plain.text()).toBe('{"a":');
    expect(buildRequest('Encrypt', '{}', 'KMSInternalException').headers.get('X-Qkms-Sandbox-Fault')).toBe('KMSInternalException');
  });
});

describe('the response view', () => {
  it('pretty-prints JSON bodies and names the error without its namespace', () => {
    const body = JSON.stringify({ __type: 'com.amazonaws.kms#NotFoundException', message: 'Key not found' });
    const described = describeResponse(400, 'Bad Request', new Headers({ 'Content-Type': 'application/x-amz-json-1.1' }), body, 3.2);
    expect(described.error).toEqual({ type: 'NotFoundException', message: 'Key not found' });
    expect(described.bodyText).toBe(JSON.stringify(JSON.parse(body), null, 2));
    expect(described.headers).toEqual([['content-type', 'application/x-amz-json-1.1']]);
  });

  it('shows a body that is not JSON as received, with no error name', () => {
    const described = describeResponse(502, '', new Headers(), 'upstream broke', 1);
    expect(described.bodyText).toBe('upstream broke');
    expect(described.error).toBeUndefined();
  });
});

describe('validation messages next to fields', () => {
  it('puts each message beside its member and the rest in a general list', () => {
    const spec = operationSpecs.ReEncrypt;
    const fields = fieldDefs(
      [{ name: 'DestinationKeyId', type: 'string', required: true, description: '' }, { name: 'GrantTokens', type: 'array', required: false, description: '' }],
      spec,
    );
    const errors = validateInput(spec, { DestinationKeyId: '', GrantTokens: [''], DryRunModifiers: ['NOPE'] });
    const grouped = groupFieldErrors(errors, fields);
    expect(Object.keys(grouped.byField).sort()).toEqual(['DestinationKeyId', 'GrantTokens']);
    expect(grouped.byField.DestinationKeyId?.[0]).toContain('length greater than or equal to 1');
    expect(grouped.general.some((message) => message.startsWith('CiphertextBlob: Member must not be null'))).toBe(true);
    expect(grouped.general.some((message) => message.startsWith('DryRunModifiers'))).toBe(true);
  });
});

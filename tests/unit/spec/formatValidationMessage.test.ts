import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../mock-server/spec/base64';
import { awsMemberPath } from '../../../mock-server/spec/awsMemberPath';
import { formatValidationMessage, operationSpecs, validateInput } from '../../../mock-server/spec';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

describe('formatValidationMessage', () => {
  it('words one error as AWS does', () => {
    expect(formatValidationMessage(validateInput(operationSpecs.DescribeKey, { KeyId: '' }))).toBe(
      "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('prints Value null for a missing required member', () => {
    expect(formatValidationMessage(validateInput(operationSpecs.RevokeGrant, { KeyId: keyId }))).toBe(
      "1 validation error detected: Value null at 'grantId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('counts several errors and joins them with "; "', () => {
    const body = { KeyId: keyId, NumberOfBytes: 2000, KeySpec: 'AES_512' };
    expect(formatValidationMessage(validateInput(operationSpecs.GenerateDataKey, body))).toBe(
      '2 validation errors detected: ' +
        "Value '2000' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024; " +
        "Value 'AES_512' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]",
    );
  });

  it('never echoes a blob value', () => {
    const secret = encodeBase64(new TextEncoder().encode('x'.repeat(4097)));
    const message = formatValidationMessage(validateInput(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: secret }));
    expect(message).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
  });

  it('prints lists and maps as Java does', () => {
    const tokens = formatValidationMessage(validateInput(operationSpecs.DescribeKey, { KeyId: keyId, GrantTokens: ['a', ''] }));
    expect(tokens).toBe(
      "1 validation error detected: Value '[a, ]' at 'grantTokens' failed to satisfy constraint: " +
        'Member must satisfy constraint: [Member must have length greater than or equal to 1]',
    );
    const context = { EncryptionContextEquals: { Department: 7 } };
    const grant = { KeyId: keyId, GranteePrincipal: 'p', Operations: ['Encrypt'], Constraints: context };
    expect(formatValidationMessage(validateInput(operationSpecs.CreateGrant, grant))).toBe(
      "1 validation error detected: Value '{Department=7}' at 'constraints.encryptionContextEquals' failed to satisfy constraint: " +
        'Map value must satisfy constraint: [Member must be a string]',
    );
  });

  it('names list items the AWS way, with .member after the index', () => {
    const message = formatValidationMessage(validateInput(operationSpecs.CreateKey, { Tags: [{ TagKey: 'a', TagValue: 'b' }, { TagKey: 'c' }] }));
    expect(message).toBe(
      "1 validation error detected: Value null at 'tags.2.member.tagValue' failed to satisfy constraint: Member must not be null",
    );
  });

  it('leaves out the path when the body itself is wrong', () => {
    expect(formatValidationMessage(validateInput(operationSpecs.ListKeys, []))).toBe(
      "1 validation error detected: Value '[]' failed to satisfy constraint: Request body must be a JSON object",
    );
  });
});

describe('awsMemberPath', () => {
  it('lower-cases the first letter of each member and marks list items', () => {
    expect(awsMemberPath('KeyId')).toBe('keyId');
    expect(awsMemberPath('GrantTokens.3')).toBe('grantTokens.3.member');
    expect(awsMemberPath('Constraints.EncryptionContextSubset')).toBe('constraints.encryptionContextSubset');
    expect(awsMemberPath('AWSAccountId')).toBe('aWSAccountId');
  });
});

import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server/spec';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { describeContext, withBinding, withOutput } from '../../../../../src/components/ApiTester/model/outputs';

const fieldsOf = (operation: keyof typeof operationSpecs) =>
  fieldDefs(
    operationSpecs[operation].input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
    operationSpecs[operation],
  );

describe('putting a value into a body', () => {
  it('appends a grant token to GrantTokens once, and replaces scalar fields', () => {
    const grantTokens = fieldsOf('ReEncrypt').find((field) => field.name === 'GrantTokens');
    const keyId = fieldsOf('ReEncrypt').find((field) => field.name === 'DestinationKeyId');
    if (!grantTokens || !keyId) throw new Error('ReEncrypt fields missing');
    expect(withOutput({ GrantTokens: ['a'] }, grantTokens, 'b')).toEqual({ GrantTokens: ['a', 'b'] });
    expect(withOutput({ GrantTokens: ['a', 'b'] }, grantTokens, 'a')).toEqual({ GrantTokens: ['b', 'a'] });
    expect(withOutput({ DestinationKeyId: 'old' }, keyId, 'new')).toEqual({ DestinationKeyId: 'new' });
  });
});

describe('ciphertexts carry what they are bound to', () => {
  const arn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('describes a ciphertext made without a context as such', () => {
    expect(describeContext({})).toBe('no encryption context');
    expect(describeContext({ A: 'b', C: 'd' })).toBe('context A=b, C=d');
  });

  it('replaces an example’s context and key on Decrypt so the ciphertext decrypts', () => {
    const body = withBinding(
      { CiphertextBlob: 'AQ==', KeyId: '0987dcba-09fe-87dc-65ba-ab0987654321', EncryptionContext: { Department: 'Finance' } },
      fieldsOf('Decrypt'),
      { keyId: arn, context: {} },
    );
    expect(body).toEqual({ CiphertextBlob: 'AQ==', KeyId: arn });
  });

  it('sets the source context on ReEncrypt and leaves an absent source key absent', () => {
    const body = withBinding({ CiphertextBlob: 'AQ==', DestinationKeyId: 'k2' }, fieldsOf('ReEncrypt'), { keyId: arn, context: { A: 'b' } });
    expect(body).toEqual({ CiphertextBlob: 'AQ==', DestinationKeyId: 'k2', SourceEncryptionContext: { A: 'b' } });
  });
});

import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server/spec';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { extractOutputs, outputTargets, withOutput } from '../../../../../src/components/ApiTester/model/outputs';
import { readRecentOutputs, rememberOutputs } from '../../../../../src/components/ApiTester/model/recentOutputs';

const fieldsOf = (operation: keyof typeof operationSpecs) =>
  fieldDefs(
    operationSpecs[operation].input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
    operationSpecs[operation],
  );

describe('outputs of a response', () => {
  it('collects the reusable values, KeyMetadata’s included', () => {
    const outputs = extractOutputs('CreateKey', { KeyMetadata: { KeyId: 'abc', Arn: 'arn:x', KeyState: 'Enabled' } });
    expect(outputs).toEqual([
      { name: 'KeyId', value: 'abc', operation: 'CreateKey' },
      { name: 'Arn', value: 'arn:x', operation: 'CreateKey' },
    ]);
    expect(extractOutputs('Encrypt', { CiphertextBlob: 'AQ==', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }).map((o) => o.name)).toEqual([
      'CiphertextBlob',
    ]);
  });

  it('offers a key id for every key field of ReEncrypt, and a ciphertext only for CiphertextBlob', () => {
    const fields = fieldsOf('ReEncrypt');
    expect(outputTargets('KeyId', fields).map((field) => field.name)).toEqual(['SourceKeyId', 'DestinationKeyId']);
    expect(outputTargets('CiphertextBlob', fields).map((field) => field.name)).toEqual(['CiphertextBlob']);
    expect(outputTargets('GrantToken', fields).map((field) => field.name)).toEqual(['GrantTokens']);
    expect(outputTargets('EncryptionAlgorithm', fields)).toEqual([]);
  });

  it('never offers a KMS key id for CreateKey’s XksKeyId', () => {
    expect(outputTargets('KeyId', fieldsOf('CreateKey'))).toEqual([]);
  });

  it('appends a grant token to GrantTokens once, and replaces scalar fields', () => {
    const grantTokens = fieldsOf('ReEncrypt').find((field) => field.name === 'GrantTokens');
    const keyId = fieldsOf('ReEncrypt').find((field) => field.name === 'DestinationKeyId');
    if (!grantTokens || !keyId) throw new Error('ReEncrypt fields missing');
    expect(withOutput({ GrantTokens: ['a'] }, grantTokens, 'b')).toEqual({ GrantTokens: ['a', 'b'] });
    expect(withOutput({ GrantTokens: ['a', 'b'] }, grantTokens, 'a')).toEqual({ GrantTokens: ['b', 'a'] });
    expect(withOutput({ DestinationKeyId: 'old' }, keyId, 'new')).toEqual({ DestinationKeyId: 'new' });
  });
});

describe('recent outputs in session storage', () => {
  const memoryStorage = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };

  it('keeps the newest first, without repeats, so another page can use them', () => {
    const storage = memoryStorage();
    rememberOutputs(storage, [{ name: 'KeyId', value: 'k1', operation: 'CreateKey' }]);
    rememberOutputs(storage, [
      { name: 'CiphertextBlob', value: 'c1', operation: 'Encrypt' },
      { name: 'KeyId', value: 'k1', operation: 'Encrypt' },
    ]);
    expect(readRecentOutputs(storage).map((output) => `${output.name}=${output.value}@${output.operation}`)).toEqual([
      'CiphertextBlob=c1@Encrypt',
      'KeyId=k1@Encrypt',
    ]);
  });

  it('keeps at most eight', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 12; i++) rememberOutputs(storage, [{ name: 'KeyId', value: `k${i}`, operation: 'CreateKey' }]);
    const kept = readRecentOutputs(storage);
    expect(kept).toHaveLength(8);
    expect(kept[0].value).toBe('k11');
  });

  it('ignores storage that holds something else', () => {
    const storage = memoryStorage();
    storage.setItem('qkms-sandbox-recent-outputs', '{"not":"a list"');
    expect(readRecentOutputs(storage)).toEqual([]);
  });
});

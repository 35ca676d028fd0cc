import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server/spec';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { describeContext, extractOutputs, outputTargets, withBinding, withOutput } from '../../../../../src/components/ApiTester/model/outputs';
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

describe('ciphertexts carry what they are bound to', () => {
  const arn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('records the key and the request’s encryption context with an Encrypt ciphertext', () => {
    const [ciphertext] = extractOutputs('Encrypt', { CiphertextBlob: 'AQ==', KeyId: arn }, { EncryptionContext: { Department: 'Finance' } });
    expect(ciphertext).toEqual({ name: 'CiphertextBlob', value: 'AQ==', operation: 'Encrypt', boundTo: { keyId: arn, context: { Department: 'Finance' } } });
  });

  it('binds a ReEncrypt ciphertext to the destination context, not the source one', () => {
    const outputs = extractOutputs(
      'ReEncrypt',
      { CiphertextBlob: 'AQ==', KeyId: arn, SourceKeyId: 'arn:other' },
      { SourceEncryptionContext: { Old: 'x' }, DestinationEncryptionContext: { Purpose: 'Test' } },
    );
    expect(outputs.find((output) => output.name === 'CiphertextBlob')?.boundTo).toEqual({ keyId: arn, context: { Purpose: 'Test' } });
  });

  it('binds a ciphertext made without a context to the empty context', () => {
    const [ciphertext] = extractOutputs('GenerateDataKeyWithoutPlaintext', { CiphertextBlob: 'AQ==', KeyId: arn }, { KeyId: 'alias/x' });
    expect(ciphertext.boundTo).toEqual({ keyId: arn, context: {} });
    expect(describeContext({})).toBe('no encryption context');
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

  it('brings a ciphertext’s binding back from another page', () => {
    const storage = memoryStorage();
    const bound = { name: 'CiphertextBlob', value: 'c1', operation: 'Encrypt', boundTo: { keyId: 'arn:k', context: { A: 'b' } } };
    rememberOutputs(storage, [bound]);
    expect(readRecentOutputs(storage)).toEqual([bound]);
  });

  it('ignores storage that holds something else', () => {
    const storage = memoryStorage();
    storage.setItem('qkms-sandbox-recent-outputs', '{"not":"a list"');
    expect(readRecentOutputs(storage)).toEqual([]);
  });
});

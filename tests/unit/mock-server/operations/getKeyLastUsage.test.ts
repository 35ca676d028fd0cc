import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create, encrypted } from '../support/fixtures';

const T0 = Date.UTC(2026, 0, 1);
const SEED_DATE = Date.UTC(2024, 0, 1) / 1000;

describe('GetKeyLastUsage', () => {
  test('reports no usage for a key never used, tracked since its creation', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'GetKeyLastUsage', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({
      KeyId: EXAMPLE_KEY_ID,
      TrackingStartDate: SEED_DATE,
      KeyCreationDate: SEED_DATE,
    });
  });

  test('reports the operation, time and request id of the last successful cryptographic use', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    const encryption = await call(qkms, 'Encrypt', { KeyId: 'alias/ExampleAlias', Plaintext: b64('hi') });
    await qkms.advanceClock(60_000);
    const decryption = await call(qkms, 'Decrypt', { CiphertextBlob: encryption.body.CiphertextBlob });
    const reply = await call(qkms, 'GetKeyLastUsage', { KeyId: keyArn(EXAMPLE_KEY_ID) });
    expect(reply.body.KeyLastUsage).toEqual({
      Operation: 'Decrypt',
      Timestamp: (T0 + 60_000) / 1000,
      KmsRequestId: decryption.headers.get('x-amzn-RequestId'),
    });
  });

  test('records ReEncrypt on both its source and its destination key', async () => {
    const qkms = createQkms();
    await call(qkms, 'ReEncrypt', { CiphertextBlob: await encrypted(qkms), SourceEncryptionContext: { Department: 'Finance' }, DestinationKeyId: SECOND_KEY_ID });
    for (const KeyId of [EXAMPLE_KEY_ID, SECOND_KEY_ID]) {
      expect((await call(qkms, 'GetKeyLastUsage', { KeyId })).body.KeyLastUsage).toMatchObject({ Operation: 'ReEncrypt' });
    }
  });

  test('records signing, but not a failed request, a dry run or a key management operation', async () => {
    const qkms = createQkms();
    await call(qkms, 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('m'), SigningAlgorithm: 'ECDSA_SHA_256' });
    await call(qkms, 'Verify', { KeyId: SIGNING_KEY_ID, Message: b64('m'), Signature: b64('not a signature'), SigningAlgorithm: 'ECDSA_SHA_256' });
    await call(qkms, 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('m'), SigningAlgorithm: 'ECDSA_SHA_256', DryRun: true });
    await call(qkms, 'DescribeKey', { KeyId: SIGNING_KEY_ID });
    expect((await call(qkms, 'GetKeyLastUsage', { KeyId: SIGNING_KEY_ID })).body.KeyLastUsage).toMatchObject({ Operation: 'Sign' });
    const { KeyId } = await create(qkms);
    await call(qkms, 'Encrypt', { KeyId, Plaintext: b64('x'), DryRun: true });
    await call(qkms, 'DescribeKey', { KeyId });
    expect((await call(qkms, 'GetKeyLastUsage', { KeyId })).body.KeyLastUsage).toBeUndefined();
  });

  test('takes no alias, as in AWS KMS: an alias name answers NotFoundException', async () => {
    const qkms = createQkms();
    const error = errorOf(await call(qkms, 'GetKeyLastUsage', { KeyId: 'alias/ExampleAlias' }));
    expect(error).toMatchObject({ type: 'NotFoundException', message: expect.stringContaining('takes the key ID or key ARN') });
  });

  test('answers for a key in any state, a disabled one included', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'GetKeyLastUsage', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { CLOUDHSM_KEY_ID, CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID, keyArn } from '../../support/sandbox';
import { b64, call, errorOf, text } from './support/call';
import { create } from './support/fixtures';

const metadataOf = async (qkms: ReturnType<typeof createQkms>, keyId: string) =>
  (await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata as Record<string, unknown>;

describe('keys in custom key stores', () => {
  test('CreateKey makes a symmetric key in a connected AWS CloudHSM key store, and it encrypts and decrypts for real', async () => {
    const qkms = createQkms();
    const key = await create(qkms, { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(key).toMatchObject({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, CloudHsmClusterId: 'cluster-234abcdefgh', KeyState: 'Enabled' });
    const encrypted = await call(qkms, 'Encrypt', { KeyId: key.KeyId, Plaintext: b64('in the HSM') });
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob });
    expect(text(decrypted.body.Plaintext)).toBe('in the HSM');
  });

  test('CreateKey makes a key in a connected external key store, named by its XksKeyId, once per external key', async () => {
    const qkms = createQkms();
    await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID });
    const body = { Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksKeyId: 'bb8562717f809024' };
    const key = await create(qkms, body);
    expect(await metadataOf(qkms, key.KeyId)).toMatchObject({
      Origin: 'EXTERNAL_KEY_STORE',
      CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
      XksKeyConfiguration: { Id: 'bb8562717f809024' },
    });
    expect(errorOf(await call(qkms, 'CreateKey', body))).toMatchObject({
      type: 'XksKeyAlreadyInUseException',
      message: `External key bb8562717f809024 already backs ${keyArn(key.KeyId)} in custom key store ${EXTERNAL_KEY_STORE_ID}.`,
    });
  });

  test('CreateKey returns CustomKeyStoreInvalidStateException for a store that is not connected', async () => {
    const reply = await call(createQkms(), 'CreateKey', { Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksKeyId: 'k1' });
    expect(errorOf(reply)).toMatchObject({
      type: 'CustomKeyStoreInvalidStateException',
      message: `Custom key store ${EXTERNAL_KEY_STORE_ID} is DISCONNECTED; it must be CONNECTED to create keys in it (ConnectCustomKeyStore).`,
    });
  });

  test('CreateKey refuses asymmetric and HMAC keys in a custom key store with UnsupportedOperationException', async () => {
    const reply = await call(createQkms(), 'CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID,
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    expect(errorOf(reply)).toMatchObject({
      type: 'UnsupportedOperationException',
      message: 'A custom key store holds symmetric encryption keys only (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT), not HMAC_256 with GENERATE_VERIFY_MAC.',
    });
  });

  test('CreateKey needs Origin, CustomKeyStoreId and XksKeyId to agree with each other and with the store type', async () => {
    const qkms = createQkms();
    const cases: [object, string][] = [
      [{ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }, 'CustomKeyStoreId needs Origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE, the type of the key store; Origin is AWS_KMS.'],
      [{ Origin: 'AWS_CLOUDHSM' }, 'Origin AWS_CLOUDHSM creates the key in a custom key store: give its CustomKeyStoreId.'],
      [{ Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }, 'Origin EXTERNAL_KEY_STORE needs XksKeyId, the ID of the external key in the external key manager.'],
      [{ XksKeyId: 'k1' }, 'XksKeyId applies only to Origin EXTERNAL_KEY_STORE; Origin is AWS_KMS.'],
      [
        { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: EXTERNAL_KEY_STORE_ID },
        `Custom key store ${EXTERNAL_KEY_STORE_ID} is of type EXTERNAL_KEY_STORE: create its keys with Origin EXTERNAL_KEY_STORE, not AWS_CLOUDHSM.`,
      ],
    ];
    for (const [body, message] of cases) expect(errorOf(await call(qkms, 'CreateKey', body))).toMatchObject({ type: 'ValidationException', message });
    const unknown = await call(qkms, 'CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-00000000000000000' });
    expect(errorOf(unknown).type).toBe('CustomKeyStoreNotFoundException');
  });

  test('a disconnected store makes its keys Unavailable; reconnecting gives each key back its own state', async () => {
    const qkms = createQkms();
    const disabled = await create(qkms, { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    await call(qkms, 'DisableKey', { KeyId: disabled.KeyId });
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(await metadataOf(qkms, CLOUDHSM_KEY_ID)).toMatchObject({ KeyState: 'Unavailable', Enabled: false });
    expect(await metadataOf(qkms, disabled.KeyId)).toMatchObject({ KeyState: 'Unavailable' });
    // Tags may change on an Unavailable key; the write must not store the computed state.
    expect((await call(qkms, 'TagResource', { KeyId: CLOUDHSM_KEY_ID, Tags: [{ TagKey: 'k', TagValue: 'v' }] })).status).toBe(200);
    expect(errorOf(await call(qkms, 'EnableKey', { KeyId: CLOUDHSM_KEY_ID })).type).toBe('KMSInvalidStateException');
    await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(await metadataOf(qkms, CLOUDHSM_KEY_ID)).toMatchObject({ KeyState: 'Enabled', Enabled: true });
    expect(await metadataOf(qkms, disabled.KeyId)).toMatchObject({ KeyState: 'Disabled' });
  });

  test('every cryptographic operation on a key of a disconnected store answers KeyUnavailableException', async () => {
    const qkms = createQkms();
    const ciphertext = (await call(qkms, 'Encrypt', { KeyId: CLOUDHSM_KEY_ID, Plaintext: b64('x') })).body.CiphertextBlob;
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    const requests: [Parameters<typeof call>[1], object][] = [
      ['Encrypt', { KeyId: CLOUDHSM_KEY_ID, Plaintext: b64('x') }],
      ['Decrypt', { CiphertextBlob: ciphertext }],
      ['GenerateDataKey', { KeyId: CLOUDHSM_KEY_ID, NumberOfBytes: 32 }],
      ['ReEncrypt', { CiphertextBlob: ciphertext, DestinationKeyId: CLOUDHSM_KEY_ID }],
    ];
    for (const [operation, body] of requests) expect(errorOf(await call(qkms, operation, body)).type, operation).toBe('KeyUnavailableException');
  });

  test('a key of a disconnected store can still be scheduled for deletion, and stays PendingDeletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect((await call(qkms, 'ScheduleKeyDeletion', { KeyId: CLOUDHSM_KEY_ID, PendingWindowInDays: 7 })).status).toBe(200);
    expect(await metadataOf(qkms, CLOUDHSM_KEY_ID)).toMatchObject({ KeyState: 'PendingDeletion' });
  });

  test('RotateKeyOnDemand refuses a key in a custom key store with UnsupportedOperationException', async () => {
    const reply = await call(createQkms(), 'RotateKeyOnDemand', { KeyId: CLOUDHSM_KEY_ID });
    expect(errorOf(reply)).toMatchObject({
      type: 'UnsupportedOperationException',
      message: `${keyArn(CLOUDHSM_KEY_ID)} is in custom key store ${CLOUDHSM_KEY_STORE_ID}; keys in a custom key store cannot be rotated.`,
    });
  });

  test('GenerateRandom takes a connected AWS CloudHSM key store, not an external or disconnected one', async () => {
    const qkms = createQkms();
    const random = await call(qkms, 'GenerateRandom', { NumberOfBytes: 16, CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(Buffer.from(String(random.body.Plaintext), 'base64')).toHaveLength(16);
    const external = await call(qkms, 'GenerateRandom', { NumberOfBytes: 16, CustomKeyStoreId: EXTERNAL_KEY_STORE_ID });
    expect(errorOf(external).type).toBe('UnsupportedOperationException');
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    const disconnected = await call(qkms, 'GenerateRandom', { NumberOfBytes: 16, CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(errorOf(disconnected).type).toBe('CustomKeyStoreInvalidStateException');
  });
});

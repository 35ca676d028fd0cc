import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_ID, CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { describeStore } from '../support/keyStores';

describe('DisconnectCustomKeyStore', () => {
  test('disconnects a connected store, whose keys then answer KeyUnavailableException', async () => {
    const qkms = createQkms();
    expect(await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID })).toMatchObject({ status: 200, body: {} });
    expect(await describeStore(qkms, CLOUDHSM_KEY_STORE_ID)).toMatchObject({ ConnectionState: 'DISCONNECTED' });
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: CLOUDHSM_KEY_ID, Plaintext: b64('x') }))).toEqual({
      type: 'KeyUnavailableException',
      status: 500,
      message: `${keyArn(CLOUDHSM_KEY_ID)} is unavailable: its custom key store is disconnected.`,
    });
  });

  test('returns CustomKeyStoreInvalidStateException for a store that is already disconnected', async () => {
    expect(errorOf(await call(createQkms(), 'DisconnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }))).toMatchObject({
      type: 'CustomKeyStoreInvalidStateException',
      message: `Custom key store ${EXTERNAL_KEY_STORE_ID} is already DISCONNECTED.`,
    });
  });

  test('returns CustomKeyStoreNotFoundException for an id no store has', async () => {
    expect(errorOf(await call(createQkms(), 'DisconnectCustomKeyStore', { CustomKeyStoreId: 'cks-1' })).type).toBe('CustomKeyStoreNotFoundException');
  });
});

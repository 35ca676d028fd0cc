import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_ID, CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('DeleteCustomKeyStore', () => {
  test('deletes a disconnected store without keys, which is then not found', async () => {
    const qkms = createQkms();
    expect(await call(qkms, 'DeleteCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID })).toMatchObject({ status: 200, body: {} });
    expect(errorOf(await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID })).type).toBe(
      'CustomKeyStoreNotFoundException',
    );
  });

  test('returns CustomKeyStoreInvalidStateException for a store that is connected', async () => {
    expect(errorOf(await call(createQkms(), 'DeleteCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }))).toMatchObject({
      type: 'CustomKeyStoreInvalidStateException',
      message: `Custom key store ${CLOUDHSM_KEY_STORE_ID} is CONNECTED; disconnect it before deleting it.`,
    });
  });

  test('returns CustomKeyStoreHasCMKsException while a key is in the store, even one pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: CLOUDHSM_KEY_ID, PendingWindowInDays: 7 });
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect(errorOf(await call(qkms, 'DeleteCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }))).toMatchObject({
      type: 'CustomKeyStoreHasCMKsException',
      message: `Custom key store ${CLOUDHSM_KEY_STORE_ID} still holds 1 KMS key(s), ${CLOUDHSM_KEY_ID} first; delete them with ScheduleKeyDeletion and wait until they are gone.`,
    });
  });
});

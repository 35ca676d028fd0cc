import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_ID, CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';
import { describeStore } from '../support/keyStores';

describe('ConnectCustomKeyStore', () => {
  test('connects a disconnected store at once and answers an empty body', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await describeStore(qkms, EXTERNAL_KEY_STORE_ID)).toMatchObject({ ConnectionState: 'CONNECTED' });
  });

  test('succeeds on a store that is already connected and changes nothing', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID })).status).toBe(200);
    expect(await describeStore(qkms, CLOUDHSM_KEY_STORE_ID)).toMatchObject({ ConnectionState: 'CONNECTED' });
  });

  test('makes the keys of a store usable again after a disconnect', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    expect((await call(qkms, 'Encrypt', { KeyId: CLOUDHSM_KEY_ID, Plaintext: b64('back') })).status).toBe(200);
  });

  test('returns CustomKeyStoreNotFoundException for an unknown id and for a store of another account', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: 'cks-00000000000000000' }))).toMatchObject({
      type: 'CustomKeyStoreNotFoundException',
      message: 'Custom key store cks-00000000000000000 does not exist in account 111122223333.',
    });
    expect(errorOf(await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }, asPartner)).type).toBe(
      'CustomKeyStoreNotFoundException',
    );
  });
});

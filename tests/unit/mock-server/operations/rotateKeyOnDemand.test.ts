import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_ENCRYPTED_KEY_MATERIAL, EXAMPLE_IMPORT_TOKEN } from '../../../../mock-server/sandbox/exampleImport';
import { EXAMPLE_KEY_ID, IMPORT_KEY_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('RotateKeyOnDemand', () => {
  test('returns UnsupportedOperationException when rotating an asymmetric key', async () => {
    const qkms = createQkms();
    const metadata = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: metadata.KeyId })).type).toBe('UnsupportedOperationException');
  });

  test('returns DisabledException when rotating a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).type).toBe('DisabledException');
  });
});

describe('RotateKeyOnDemand of imported key material', () => {
  test('returns UnsupportedOperationException for an enabled key with Origin EXTERNAL, whose material QKMS cannot make', async () => {
    const qkms = createQkms();
    await call(qkms, 'ImportKeyMaterial', { KeyId: IMPORT_KEY_ID, ImportToken: EXAMPLE_IMPORT_TOKEN, EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: IMPORT_KEY_ID }))).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message: `arn:verenc:111122223333:key/${IMPORT_KEY_ID} has imported key material (Origin EXTERNAL); QKMS does not rotate imported key material.`,
    });
  });
});

describe('on-demand rotation limit', () => {
  test('rotates a key on demand 25 times and answers LimitExceededException on the 26th', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 25; i++) expect((await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    const reply = await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(reply)).toMatchObject({ type: 'LimitExceededException', status: 400, message: expect.stringContaining('25') });
  });
});

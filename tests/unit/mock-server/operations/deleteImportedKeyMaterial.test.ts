import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_ENCRYPTED_KEY_MATERIAL, EXAMPLE_IMPORT_TOKEN } from '../../../../mock-server/sandbox/exampleImport';
import { EXAMPLE_KEY_ID, IMPORT_KEY_ID, keyArn } from '../../../support/sandbox';
import { scheduleDeletion } from '../support/aliases';
import { call, errorOf } from '../support/call';

/** Imports the published example material into the seeded key with the seeded import parameters. */
async function importExample(qkms: ReturnType<typeof createQkms>): Promise<string> {
  const reply = await call(qkms, 'ImportKeyMaterial', {
    KeyId: IMPORT_KEY_ID,
    ImportToken: EXAMPLE_IMPORT_TOKEN,
    EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL,
  });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return String(reply.body.KeyMaterialId);
}

describe('DeleteImportedKeyMaterial', () => {
  test('deletes the material: the key falls to PendingImport and Encrypt answers KMSInvalidStateException', async () => {
    const qkms = createQkms();
    const materialId = await importExample(qkms);
    const reply = await call(qkms, 'DeleteImportedKeyMaterial', { KeyId: IMPORT_KEY_ID });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ KeyId: keyArn(IMPORT_KEY_ID), KeyMaterialId: materialId });
    expect((await call(qkms, 'DescribeKey', { KeyId: IMPORT_KEY_ID })).body.KeyMetadata).toMatchObject({
      KeyState: 'PendingImport',
      Enabled: false,
    });
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: IMPORT_KEY_ID, Plaintext: 'aGk=' })).type).toBe('KMSInvalidStateException');
  });

  test('leaves a key pending deletion in PendingDeletion, and CancelKeyDeletion then brings it back PendingImport', async () => {
    const qkms = createQkms();
    await importExample(qkms);
    await scheduleDeletion(qkms, IMPORT_KEY_ID);
    expect((await call(qkms, 'DeleteImportedKeyMaterial', { KeyId: IMPORT_KEY_ID })).status).toBe(200);
    expect((await call(qkms, 'DescribeKey', { KeyId: IMPORT_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'PendingDeletion' });
    await call(qkms, 'CancelKeyDeletion', { KeyId: IMPORT_KEY_ID });
    expect((await call(qkms, 'DescribeKey', { KeyId: IMPORT_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'PendingImport' });
  });

  test('returns NotFoundException for a KeyMaterialId that is not the key’s', async () => {
    const qkms = createQkms();
    await importExample(qkms);
    const reply = await call(qkms, 'DeleteImportedKeyMaterial', { KeyId: IMPORT_KEY_ID, KeyMaterialId: 'b'.repeat(64) });
    expect(errorOf(reply)).toEqual({
      type: 'NotFoundException',
      status: 400,
      message: `Key material ${'b'.repeat(64)} is not associated with ${keyArn(IMPORT_KEY_ID)}.`,
    });
  });

  test('returns UnsupportedOperationException for a key whose Origin is AWS_KMS', async () => {
    const reply = await call(createQkms(), 'DeleteImportedKeyMaterial', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('Origin AWS_KMS') });
  });

  test('lists deleted material as PENDING_IMPORT in ListKeyRotations of a key pending deletion', async () => {
    const qkms = createQkms();
    const materialId = await importExample(qkms);
    await scheduleDeletion(qkms, IMPORT_KEY_ID);
    await call(qkms, 'DeleteImportedKeyMaterial', { KeyId: IMPORT_KEY_ID });
    const reply = await call(qkms, 'ListKeyRotations', { KeyId: IMPORT_KEY_ID, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(reply.body.Rotations).toEqual([
      { KeyId: keyArn(IMPORT_KEY_ID), KeyMaterialId: materialId, ImportState: 'PENDING_IMPORT', KeyMaterialState: 'CURRENT' },
    ]);
  });

  test('brings a disabled key back enabled when its deleted material is imported again', async () => {
    const qkms = createQkms();
    const materialId = await importExample(qkms);
    await call(qkms, 'DisableKey', { KeyId: IMPORT_KEY_ID });
    await call(qkms, 'DeleteImportedKeyMaterial', { KeyId: IMPORT_KEY_ID });
    await importExample(qkms);
    expect((await call(qkms, 'DescribeKey', { KeyId: IMPORT_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled', CurrentKeyMaterialId: materialId });
  });
});

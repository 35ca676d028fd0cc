import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import { arnOf, b64, call, KEY_1, KEY_2, text } from './call';

describe('sandbox', () => {
  test('seeds a fresh store lazily on the first request', async () => {
    const store = createMemoryStore();
    const qkms = createQkms({ store });
    expect(await store.list('keys')).toEqual([]);
    await call(qkms, 'ListKeys', {});
    expect((await store.list('keys')).map((key) => key.KeyId)).toEqual([KEY_1, KEY_2]);
  });

  test('keeps what a store already holds instead of seeding it again', async () => {
    const store = createMemoryStore();
    await call(createQkms({ store }), 'DisableKey', { KeyId: KEY_1 });
    const reply = await call(createQkms({ store }), 'DescribeKey', { KeyId: KEY_1 });
    expect(reply.body.KeyMetadata).toMatchObject({ KeyState: 'Disabled' });
  });

  test('reset() brings back the seeded keys and grant and forgets everything else', async () => {
    const qkms = createQkms();
    await call(qkms, 'CreateKey', {});
    await call(qkms, 'DisableKey', { KeyId: KEY_1 });
    await call(qkms, 'RevokeGrant', { KeyId: KEY_2, GrantId: '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a18' });
    await qkms.reset();
    expect(((await call(qkms, 'ListKeys', {})).body.Keys as unknown[]).length).toBe(2);
    expect((await call(qkms, 'DescribeKey', { KeyId: KEY_1 })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled' });
    expect(((await call(qkms, 'ListGrants', { KeyId: KEY_2 })).body.Grants as unknown[]).length).toBe(1);
  });

  test('many parallel CreateKey calls all land in ListKeys', async () => {
    const qkms = createQkms();
    const created = await Promise.all(Array.from({ length: 25 }, () => call(qkms, 'CreateKey', {})));
    const ids = created.map((reply) => (reply.body.KeyMetadata as { KeyId: string }).KeyId);
    const listed = await call(qkms, 'ListKeys', { Limit: 1000 });
    const listedIds = (listed.body.Keys as { KeyId: string }[]).map((key) => key.KeyId);
    expect(new Set(ids).size).toBe(25);
    expect(listedIds).toEqual([KEY_1, KEY_2, ...ids]);
  });

  test('parallel rotations each append one material version', async () => {
    const qkms = createQkms();
    await Promise.all(Array.from({ length: 5 }, () => call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 })));
    const rotations = await call(qkms, 'ListKeyRotations', { KeyId: KEY_1 });
    expect((rotations.body.Rotations as unknown[]).length).toBe(5);
    const encrypted = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x') });
    expect(Buffer.from(String(encrypted.body.CiphertextBlob), 'base64').readUInt32BE(17)).toBe(6);
  });

  test('the example grant lets its grantee use the second example key', async () => {
    const qkms = createQkms();
    const asGrantee = { 'X-Qkms-Caller': 'arn:verenc:111122223333:role/ExampleRole' };
    const encrypted = await call(qkms, 'Encrypt', { KeyId: KEY_2, Plaintext: b64('granted') }, asGrantee);
    expect(encrypted.body.KeyId).toBe(arnOf(KEY_2));
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob }, asGrantee);
    expect(text(decrypted.body.Plaintext)).toBe('granted');
  });

  test('a ciphertext still decrypts after reset() because seeded material is derived, not stored', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('survives') });
    await qkms.reset();
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob });
    expect(text(decrypted.body.Plaintext)).toBe('survives');
  });
});

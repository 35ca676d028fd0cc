import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID } from '../../support/sandbox';
import { b64, call, text } from './support/call';

describe('sandbox', () => {
  test('seeds a fresh store lazily on the first request', async () => {
    const store = createMemoryStore();
    const qkms = createQkms({ store });
    expect(await store.list('keys')).toEqual([]);
    await call(qkms, 'ListKeys', {});
    expect((await store.list<{ KeyId: string }>('keys')).map((key) => key.KeyId)).toEqual([EXAMPLE_KEY_ID, SECOND_KEY_ID]);
  });

  test('keeps what a store already holds instead of seeding it again', async () => {
    const store = createMemoryStore();
    await call(createQkms({ store }), 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(createQkms({ store }), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body.KeyMetadata).toMatchObject({ KeyState: 'Disabled' });
  });

  test('reset() brings back the seeded keys and grant and forgets everything else', async () => {
    const qkms = createQkms();
    await call(qkms, 'CreateKey', {});
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    await call(qkms, 'RevokeGrant', { KeyId: SECOND_KEY_ID, GrantId: SEEDED_GRANT_ID });
    await qkms.reset();
    expect(((await call(qkms, 'ListKeys', {})).body.Keys as unknown[]).length).toBe(2);
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled' });
    expect(((await call(qkms, 'ListGrants', { KeyId: SECOND_KEY_ID })).body.Grants as unknown[]).length).toBe(1);
  });

  test('many parallel CreateKey calls all land in ListKeys', async () => {
    const qkms = createQkms();
    const created = await Promise.all(Array.from({ length: 25 }, () => call(qkms, 'CreateKey', {})));
    const ids = created.map((reply) => (reply.body.KeyMetadata as { KeyId: string }).KeyId);
    const listed = await call(qkms, 'ListKeys', { Limit: 1000 });
    const listedIds = (listed.body.Keys as { KeyId: string }[]).map((key) => key.KeyId);
    expect(new Set(ids).size).toBe(25);
    expect(listedIds).toEqual([EXAMPLE_KEY_ID, SECOND_KEY_ID, ...ids]);
  });

  test('parallel rotations each append one material version', async () => {
    const qkms = createQkms();
    await Promise.all(Array.from({ length: 5 }, () => call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })));
    const rotations = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID });
    expect((rotations.body.Rotations as unknown[]).length).toBe(5);
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    expect(Buffer.from(String(encrypted.body.CiphertextBlob), 'base64').readUInt32BE(17)).toBe(6);
  });

  test('the example grant lets its grantee use the second example key', async () => {
    const qkms = createQkms();
    const asGrantee = { 'X-Qkms-Caller': EXAMPLE_ROLE };
    const encrypted = await call(qkms, 'Encrypt', { KeyId: SECOND_KEY_ID, Plaintext: b64('granted') }, asGrantee);
    expect(encrypted.body.KeyId).toBe(keyArn(SECOND_KEY_ID));
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob }, asGrantee);
    expect(text(decrypted.body.Plaintext)).toBe('granted');
  });

  test('a ciphertext still decrypts after reset() because seeded material is derived, not stored', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('survives') });
    await qkms.reset();
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob });
    expect(text(decrypted.body.Plaintext)).toBe('survives');
  });
});

describe('memory store', () => {
  test('hands out copies, so mutating a read record changes nothing stored', async () => {
    const store = createMemoryStore();
    const record = { name: 'a', list: [1] };
    await store.put('meta', 'x', record);
    record.list.push(2);
    const read = await store.get<{ name: string; list: number[] }>('meta', 'x');
    read?.list.push(3);
    expect(await store.get('meta', 'x')).toEqual({ name: 'a', list: [1] });
  });

  test('lists in insertion order, deletes and clears', async () => {
    const store = createMemoryStore();
    await store.put('grants', 'b', 2);
    await store.put('grants', 'a', 1);
    expect(await store.list('grants')).toEqual([2, 1]);
    await store.delete('grants', 'b');
    expect(await store.list('grants')).toEqual([1]);
    await store.clear();
    expect(await store.list('grants')).toEqual([]);
  });
});

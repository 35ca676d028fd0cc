import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, keyArn, MAC_KEY_ID, SECOND_KEY_ID, SEEDED_GRANT_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { b64, call, text } from './support/call';

/* The keys, alias and grant every fresh sandbox starts with, how they are seeded and reset, and why their ciphertexts outlive a reset. */

describe('sandbox seed', () => {
  test('seeds a fresh store lazily on the first request', async () => {
    const store = createMemoryStore();
    const qkms = createQkms({ store });
    expect(await store.list('keys')).toEqual([]);
    await call(qkms, 'ListKeys', {});
    expect((await store.list('keys')).map((key) => key.KeyId)).toEqual([EXAMPLE_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID, MAC_KEY_ID]);
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
    expect(((await call(qkms, 'ListKeys', {})).body.Keys as unknown[]).length).toBe(4);
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled' });
    expect(((await call(qkms, 'ListGrants', { KeyId: SECOND_KEY_ID })).body.Grants as unknown[]).length).toBe(1);
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

  test('decrypts in a fresh sandbox what another sandbox encrypted under a seeded key', async () => {
    const encrypted = await call(createQkms(), 'Encrypt', { KeyId: SECOND_KEY_ID, Plaintext: b64('portable'), EncryptionContext: { k: 'v' } });
    const decrypted = await call(createQkms(), 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { k: 'v' } });
    expect(text(decrypted.body.Plaintext)).toBe('portable');
  });
});

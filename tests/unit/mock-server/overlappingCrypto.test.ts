import { afterEach, describe, expect, test, vi } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { b64, call } from './support/call';

/*
 * On a store only this instance reaches (memory), requests wait for each other's store work but not
 * for each other's cryptography: concurrent encryptions overlap on WebCrypto's worker threads, and
 * what a request writes after its cryptography is read again, so nothing another request changed
 * meanwhile is lost.
 */

afterEach(() => vi.restoreAllMocks());

describe('requests whose cryptography overlaps', () => {
  test('concurrent Encrypts have more than one WebCrypto encryption in flight at once', async () => {
    const qkms = createQkms();
    await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let inFlight = 0;
    let most = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await encrypt(...args);
      } finally {
        inFlight -= 1;
      }
    });
    const replies = await Promise.all(Array.from({ length: 8 }, () => call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') })));
    expect(replies.map((reply) => reply.status)).toEqual(Array.from({ length: 8 }, () => 200));
    expect(most).toBeGreaterThan(1);
  });

  test('a key changed while an Encrypt on it was encrypting keeps the change and records the use', async () => {
    const qkms = createQkms();
    const [encrypted, tagged] = await Promise.all([
      call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') }),
      call(qkms, 'TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: 'team', TagValue: 'finance' }] }),
    ]);
    expect([encrypted.status, tagged.status]).toEqual([200, 200]);
    const tags = await call(qkms, 'ListResourceTags', { KeyId: EXAMPLE_KEY_ID });
    expect(tags.body.Tags).toContainEqual({ TagKey: 'team', TagValue: 'finance' });
    const usage = await call(qkms, 'GetKeyLastUsage', { KeyId: EXAMPLE_KEY_ID });
    expect(usage.body.KeyLastUsage).toMatchObject({ Operation: 'Encrypt' });
  });

  test('concurrent Encrypts each leave their context for the hints', async () => {
    const qkms = createQkms();
    const contexts = Array.from({ length: 6 }, (_, n) => ({ n: String(n) }));
    const sealed = await Promise.all(contexts.map((context) => call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: context })));
    for (const [n, reply] of sealed.entries()) {
      const wrong = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.CiphertextBlob, EncryptionContext: { n: 'other' } });
      expect(wrong.status).toBe(400);
      expect(decodeURIComponent(wrong.headers.get('x-qkms-sandbox-hint') ?? '')).toContain(`n=${n}`);
    }
  });
});

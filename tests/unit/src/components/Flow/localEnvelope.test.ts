import { describe, expect, it } from 'vitest';
import { base64Length, openLocally, sealLocally } from '../../../../../src/components/Flow/model/localEnvelope';

const dataKey = Buffer.alloc(32, 7).toString('base64');
const otherKey = Buffer.alloc(32, 8).toString('base64');

describe('envelope encryption’s local half', () => {
  it('encrypts text under a data key with AES-GCM and a fresh IV, and decrypts it back with the same key', async () => {
    const sealed = await sealLocally(dataKey, 'Quarterly report: revenue up 12%');
    expect(base64Length(sealed.iv)).toBe(12);
    expect(base64Length(sealed.ciphertext)).toBe(32 + 16);
    expect((await sealLocally(dataKey, 'Quarterly report: revenue up 12%')).iv).not.toBe(sealed.iv);
    expect(await openLocally(dataKey, sealed)).toBe('Quarterly report: revenue up 12%');
  });

  it('refuses to decrypt under another key: the tag does not verify', async () => {
    const sealed = await sealLocally(dataKey, 'secret');
    await expect(openLocally(otherKey, sealed)).rejects.toThrow();
  });
});

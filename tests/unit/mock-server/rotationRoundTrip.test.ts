import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { b64, call, text } from './support/call';

/* Encrypt, rotate, encrypt again: old ciphertexts still decrypt, new ones use the new material. */

describe('rotation round trip', () => {
  test('rotation keeps old ciphertexts decryptable and encrypts new ones with the new material', async () => {
    const qkms = createQkms();
    const before = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('old') });
    expect((await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({ KeyId: keyArn(EXAMPLE_KEY_ID) });
    const after = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('new') });
    const version = (blob: unknown) => Buffer.from(String(blob), 'base64').readUInt32BE(17);
    expect(version(before.body.CiphertextBlob)).toBe(1);
    expect(version(after.body.CiphertextBlob)).toBe(2);
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob: before.body.CiphertextBlob })).body.Plaintext)).toBe('old');
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob: after.body.CiphertextBlob })).body.Plaintext)).toBe('new');
  });
});

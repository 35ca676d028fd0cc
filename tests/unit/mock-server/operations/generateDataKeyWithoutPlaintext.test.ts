import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { call } from '../support/call';

describe('GenerateDataKeyWithoutPlaintext', () => {
  test('returns only the encrypted data key', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'GenerateDataKeyWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_128' });
    expect(Object.keys(reply.body).sort()).toEqual(['CiphertextBlob', 'KeyId', 'KeyMaterialId']);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.CiphertextBlob });
    expect(Buffer.from(String(decrypted.body.Plaintext), 'base64').length).toBe(16);
  });
});

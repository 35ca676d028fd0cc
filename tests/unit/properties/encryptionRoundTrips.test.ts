import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../../support/sandbox';
import { call } from '../mock-server/support/call';
import { base64, bytesOf, encryptionContext, isWellFormedContext, plaintextBytes } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

let qkms: Qkms;
const internalErrors: unknown[] = [];

beforeAll(() => {
  qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
});

const withContext = (context: Record<string, string> | undefined) => (context === undefined ? {} : { EncryptionContext: context });

describe('encryption round trips (property)', () => {
  test('Decrypt gives back every plaintext Encrypt took, under any encryption context, and Encrypt refuses 0 and 4,097 bytes', async () => {
    await checkProperty(
      'Encrypt→Decrypt',
      fc.asyncProperty(plaintextBytes, encryptionContext, async (plaintext, context) => {
        const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: base64(plaintext), ...withContext(context) });
        if (plaintext.length === 0 || plaintext.length > 4096 || !isWellFormedContext(context)) {
          expect(encrypted.status).toBe(400);
          expect(encrypted.body.__type).toBe('ValidationException');
          expect(encrypted.body.message).toMatch(isWellFormedContext(context) ? /plaintext/i : /encryptionContext.*well-formed Unicode/);
          return;
        }
        expect(encrypted.status, JSON.stringify(encrypted.body)).toBe(200);
        const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, ...withContext(context) });
        expect(decrypted.status, JSON.stringify(decrypted.body)).toBe(200);
        expect(bytesOf(decrypted.body.Plaintext)).toEqual(plaintext);
        expect(decrypted.body.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
      }),
      PROPERTY_RUNS.encryptDecrypt,
    );
    expect(internalErrors).toEqual([]);
  }, 180_000);

  test('a ciphertext re-encrypted to another key under another context decrypts to the same plaintext, and ReEncrypt never answers the plaintext', async () => {
    await checkProperty(
      'Encrypt→ReEncrypt→Decrypt',
      fc.asyncProperty(
        plaintextBytes.filter((bytes) => bytes.length > 0 && bytes.length <= 4096),
        encryptionContext.filter(isWellFormedContext),
        encryptionContext,
        async (plaintext, sourceContext, destinationContext) => {
          const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: base64(plaintext), ...withContext(sourceContext) });
          expect(encrypted.status, JSON.stringify(encrypted.body)).toBe(200);
          const reEncrypted = await call(qkms, 'ReEncrypt', {
            CiphertextBlob: encrypted.body.CiphertextBlob,
            DestinationKeyId: SECOND_KEY_ID,
            ...(sourceContext === undefined ? {} : { SourceEncryptionContext: sourceContext }),
            ...(destinationContext === undefined ? {} : { DestinationEncryptionContext: destinationContext }),
          });
          if (!isWellFormedContext(destinationContext)) {
            expect(reEncrypted.status).toBe(400);
            expect(reEncrypted.body.message).toMatch(/destinationEncryptionContext.*well-formed Unicode/);
            return;
          }
          expect(reEncrypted.status, JSON.stringify(reEncrypted.body)).toBe(200);
          expect(reEncrypted.body).not.toHaveProperty('Plaintext');
          // Nor anywhere else in the answer (from 6 bytes on, base64 of the plaintext cannot turn up by chance).
          if (plaintext.length >= 6) expect(JSON.stringify(reEncrypted.body)).not.toContain(base64(plaintext).slice(0, 8));
          expect(reEncrypted.body.SourceKeyId).toBe(keyArn(EXAMPLE_KEY_ID));
          expect(reEncrypted.body.KeyId).toBe(keyArn(SECOND_KEY_ID));
          const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reEncrypted.body.CiphertextBlob, ...withContext(destinationContext) });
          expect(decrypted.status, JSON.stringify(decrypted.body)).toBe(200);
          expect(bytesOf(decrypted.body.Plaintext)).toEqual(plaintext);
          expect(decrypted.body.KeyId).toBe(keyArn(SECOND_KEY_ID));
        },
      ),
      PROPERTY_RUNS.encryptReEncryptDecrypt,
    );
    expect(internalErrors).toEqual([]);
  }, 180_000);
});

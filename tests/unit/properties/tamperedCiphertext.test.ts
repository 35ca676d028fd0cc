import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { call } from '../mock-server/support/call';
import { base64, bytesOf, contextText, encryptionContext, flipBit, isWellFormedContext, plaintextBytes } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

let qkms: Qkms;
const internalErrors: unknown[] = [];

beforeAll(() => {
  qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
});

const someText = plaintextBytes.filter((bytes) => bytes.length > 0 && bytes.length <= 4096);
const withContext = (context: Record<string, string> | undefined) => (context === undefined ? {} : { EncryptionContext: context });

/** The context with one bit of one UTF-16 code unit of one of its keys or values flipped. */
function changeOneBit(context: Readonly<Record<string, string>>, pick: number, unit: number, bit: number): Record<string, string> {
  const entries = Object.entries(context);
  const [key, value] = entries[pick % entries.length];
  const inKey = (pick >> 8) % 2 === 0 || value.length === 0;
  const text = inKey ? key : value;
  // An empty key or value gains a character instead: the smallest change there is.
  const changed =
    text.length === 0
      ? String.fromCharCode(1 << bit % 16)
      : text.slice(0, unit % text.length) + String.fromCharCode(text.charCodeAt(unit % text.length) ^ (1 << bit % 16)) + text.slice((unit % text.length) + 1);
  const rest = Object.fromEntries(entries.filter(([other]) => other !== key));
  return inKey ? { ...rest, [changed]: value } : { ...rest, [key]: changed };
}

describe('tampered ciphertexts and contexts (property)', () => {
  test('Decrypt answers InvalidCiphertextException for a ciphertext with any single bit flipped', async () => {
    await checkProperty(
      'flipped ciphertext bit',
      fc.asyncProperty(someText, encryptionContext.filter(isWellFormedContext), fc.nat(), async (plaintext, context, bit) => {
        const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: base64(plaintext), ...withContext(context) });
        expect(encrypted.status, JSON.stringify(encrypted.body)).toBe(200);
        const blob = bytesOf(encrypted.body.CiphertextBlob);
        const tampered = flipBit(blob, bit % (blob.length * 8));
        const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: base64(tampered), ...withContext(context) });
        expect(decrypted.status, JSON.stringify(decrypted.body)).toBe(400);
        expect(decrypted.body.__type).toBe('InvalidCiphertextException');
      }),
      PROPERTY_RUNS.flippedCiphertextBit,
    );
    expect(internalErrors).toEqual([]);
  }, 180_000);

  test('Decrypt answers InvalidCiphertextException when any single bit of the encryption context changed', async () => {
    const nonEmptyContext = fc.dictionary(contextText, contextText, { minKeys: 1, maxKeys: 6, noNullPrototype: true }).filter(isWellFormedContext);
    await checkProperty(
      'changed context bit',
      fc.asyncProperty(someText, nonEmptyContext, fc.nat(), fc.nat(), fc.nat(), async (plaintext, context, pick, unit, bit) => {
        const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: base64(plaintext), EncryptionContext: context });
        expect(encrypted.status, JSON.stringify(encrypted.body)).toBe(200);
        const changed = changeOneBit(context, pick, unit, bit);
        const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: changed });
        const where = `${JSON.stringify(context)} → ${JSON.stringify(changed)}: ${JSON.stringify(decrypted.body)}`;
        expect(decrypted.status, where).toBe(400);
        // A flip can make a lone surrogate, which validation refuses before the ciphertext is looked at.
        expect(decrypted.body.__type, where).toBe(isWellFormedContext(changed) ? 'InvalidCiphertextException' : 'ValidationException');
      }),
      PROPERTY_RUNS.changedContextBit,
    );
    expect(internalErrors).toEqual([]);
  }, 180_000);
});

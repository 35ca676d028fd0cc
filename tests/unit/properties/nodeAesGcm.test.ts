import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { webCryptoAesGcm } from '../../../mock-server/crypto/AesGcmCipher';
import { nodeAesGcm } from '../../../mock-server/node/nodeAesGcm';
import { flipBit } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

const rejects = (work: Promise<unknown>): Promise<boolean> => work.then(() => false, () => true);

describe("the Node server's AES-GCM is WebCrypto's, without the worker thread", () => {
  let key: CryptoKey;
  beforeAll(async () => {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  });

  test('same bytes out, each opens the other, and a flipped bit is refused by both', async () => {
    await checkProperty(
      'node:crypto AES-GCM = WebCrypto AES-GCM',
      fc.asyncProperty(
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        fc.uint8Array({ maxLength: 96 }),
        fc.uint8Array({ maxLength: 4097 }),
        fc.nat(),
        async (iv, additionalData, plaintext, bit) => {
          const fromNode = await nodeAesGcm.encrypt(key, iv, additionalData, plaintext);
          const fromWebCrypto = await webCryptoAesGcm.encrypt(key, iv, additionalData, plaintext);
          expect(fromNode).toEqual(fromWebCrypto);
          expect(await nodeAesGcm.decrypt(key, iv, additionalData, fromWebCrypto)).toEqual(plaintext);
          expect(await webCryptoAesGcm.decrypt(key, iv, additionalData, fromNode)).toEqual(plaintext);
          const tampered = Uint8Array.from(flipBit(fromNode, bit % (fromNode.length * 8)));
          expect(await rejects(nodeAesGcm.decrypt(key, iv, additionalData, tampered))).toBe(true);
          expect(await rejects(webCryptoAesGcm.decrypt(key, iv, additionalData, tampered))).toBe(true);
          if (additionalData.length > 0) {
            const otherData = Uint8Array.from(flipBit(additionalData, bit % (additionalData.length * 8)));
            expect(await rejects(nodeAesGcm.decrypt(key, iv, otherData, fromNode))).toBe(true);
          }
        },
      ),
      PROPERTY_RUNS.nodeAesGcmMatchesWebCrypto,
    );
  });

  test('refuses a ciphertext shorter than its tag, and a key of another algorithm', async () => {
    await expect(nodeAesGcm.decrypt(key, new Uint8Array(12), new Uint8Array(0), new Uint8Array(15))).rejects.toThrow(/shorter than its tag/);
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
    await expect(nodeAesGcm.encrypt(hmac, new Uint8Array(12), new Uint8Array(0), new Uint8Array(1))).rejects.toThrow(/not an AES-GCM key for encrypt: HMAC/);
    const sealOnly = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const sealed = await nodeAesGcm.encrypt(sealOnly, new Uint8Array(12), new Uint8Array(0), new Uint8Array(1));
    await expect(nodeAesGcm.decrypt(sealOnly, new Uint8Array(12), new Uint8Array(0), sealed)).rejects.toThrow(/not an AES-GCM key for decrypt/);
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { webCryptoEngine } from '../../../mock-server/crypto/CryptoEngine';
import type { ShaName } from '../../../mock-server/crypto/signingHash';
import { nodeCryptoEngine } from '../../../mock-server/node/nodeCryptoEngine';
import { flipBit } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

const rejects = (work: Promise<unknown>): Promise<boolean> => work.then(() => false, () => true);
const message = fc.uint8Array({ maxLength: 2049 });

describe("the Node server's crypto engine is WebCrypto's, without the worker thread", () => {
  const { aesGcm: nodeAesGcm } = nodeCryptoEngine;
  const { aesGcm: webCryptoAesGcm } = webCryptoEngine;
  let key: CryptoKey;
  beforeAll(async () => {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  });

  test('AES-GCM: same bytes out, each opens the other, and a flipped bit is refused by both', async () => {
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

  test.each<ShaName>(['SHA-256', 'SHA-384', 'SHA-512'])('HMAC %s: same MAC, each verifies the other, a flipped or cut MAC is refused by both', async (hash) => {
    const hmacKey = await crypto.subtle.generateKey({ name: 'HMAC', hash }, false, ['sign', 'verify']);
    await checkProperty(
      `node:crypto HMAC ${hash} = WebCrypto HMAC`,
      fc.asyncProperty(message, fc.nat(), async (bytes, bit) => {
        const fromNode = await nodeCryptoEngine.hmac.sign(hmacKey, bytes);
        expect(fromNode).toEqual(await webCryptoEngine.hmac.sign(hmacKey, bytes));
        expect(await nodeCryptoEngine.hmac.verify(hmacKey, fromNode, bytes)).toBe(true);
        const flipped = Uint8Array.from(flipBit(fromNode, bit % (fromNode.length * 8)));
        const cut = fromNode.subarray(0, bit % fromNode.length);
        for (const wrong of [flipped, cut]) {
          expect(await nodeCryptoEngine.hmac.verify(hmacKey, wrong, bytes)).toBe(false);
          expect(await webCryptoEngine.hmac.verify(hmacKey, wrong, bytes)).toBe(false);
        }
      }),
      PROPERTY_RUNS.nodeSignerMatchesWebCrypto,
    );
  });

  const curves: [EcKeyGenParams['namedCurve'], ShaName][] = [
    ['P-256', 'SHA-256'],
    ['P-384', 'SHA-384'],
    ['P-521', 'SHA-512'],
  ];
  test.each(curves)('ECDSA %s: each verifies the other, a flipped bit or another message is refused by both', async (namedCurve, hash) => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve }, false, ['sign', 'verify']);
    const { ecdsa: node } = nodeCryptoEngine;
    const { ecdsa: web } = webCryptoEngine;
    await checkProperty(
      `node:crypto ECDSA ${namedCurve} = WebCrypto ECDSA`,
      fc.asyncProperty(message, fc.nat(), async (bytes, bit) => {
        const fromNode = await node.sign(pair.privateKey, hash, bytes);
        const fromWebCrypto = await web.sign(pair.privateKey, hash, bytes);
        expect(fromNode.length).toBe(fromWebCrypto.length);
        expect(await web.verify(pair.publicKey, hash, bytes, fromNode)).toBe(true);
        expect(await node.verify(pair.publicKey, hash, bytes, fromWebCrypto)).toBe(true);
        const flipped = Uint8Array.from(flipBit(fromNode, bit % (fromNode.length * 8)));
        expect(await node.verify(pair.publicKey, hash, bytes, flipped)).toBe(false);
        expect(await web.verify(pair.publicKey, hash, bytes, flipped)).toBe(false);
        const otherMessage = Uint8Array.from([...bytes, bit & 0xff]);
        expect(await node.verify(pair.publicKey, hash, otherMessage, fromNode)).toBe(false);
        expect(await node.verify(pair.publicKey, hash, bytes, fromNode.subarray(1))).toBe(false);
      }),
      PROPERTY_RUNS.nodeSignerMatchesWebCrypto,
    );
  });

  test('refuses what WebCrypto refuses: a short ciphertext, a key of another algorithm or usage', async () => {
    await expect(nodeAesGcm.decrypt(key, new Uint8Array(12), new Uint8Array(0), new Uint8Array(15))).rejects.toThrow(/shorter than its tag/);
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
    await expect(nodeAesGcm.encrypt(hmac, new Uint8Array(12), new Uint8Array(0), new Uint8Array(1))).rejects.toThrow(/not an AES-GCM key for encrypt: HMAC/);
    const sealOnly = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const sealed = await nodeAesGcm.encrypt(sealOnly, new Uint8Array(12), new Uint8Array(0), new Uint8Array(1));
    await expect(nodeAesGcm.decrypt(sealOnly, new Uint8Array(12), new Uint8Array(0), sealed)).rejects.toThrow(/not an AES-GCM key for decrypt/);
    await expect(nodeCryptoEngine.hmac.verify(hmac, new Uint8Array(32), new Uint8Array(1))).rejects.toThrow(/not an HMAC key for verify/);
    await expect(nodeCryptoEngine.hmac.sign(key, new Uint8Array(1))).rejects.toThrow(/not an HMAC key for sign: AES-GCM/);
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    await expect(nodeCryptoEngine.ecdsa.sign(pair.publicKey, 'SHA-256', new Uint8Array(1))).rejects.toThrow(/not an ECDSA key for sign/);
    await expect(nodeCryptoEngine.ecdsa.sign(hmac, 'SHA-256', new Uint8Array(1))).rejects.toThrow(/not an ECDSA key for sign: HMAC/);
  });
});

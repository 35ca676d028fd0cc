import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { p256 } from '@noble/curves/nist.js';
import { p256ScalarFromSeed, seedAgreementMaterial } from '../../../mock-server/crypto/seedAgreementMaterial';
import { checkProperty } from '../properties/support/checkProperty';
import { PROPERTY_RUNS } from '../properties/support/propertyRuns';
import { SEED_KEY_MATERIAL_CONSTANT } from '../../../mock-server/crypto/seedMaterial';

const utf8 = new TextEncoder();

/** The scalar the seed derivation gives, computed here the long way: HKDF, then @noble/curves' reduction. */
async function expectedScalar(keyId: string, version: number): Promise<Uint8Array> {
  const ikm = await crypto.subtle.importKey('raw', utf8.encode(SEED_KEY_MATERIAL_CONSTANT), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`${keyId}/v${version}/ecdh`) }, ikm, 384);
  return p256.utils.randomSecretKey(new Uint8Array(bits));
}

describe('seeded key agreement pairs', () => {
  for (const [keyId, version] of [
    ['0b5c0a1e-6d0c-4b3a-9f7e-1a2b3c4d5e6f', 1],
    ['4f2a9d3e-8b7c-4a61-b0d2-9e8f7a6b5c4d', 2],
  ] as const) {
    test(`the public key is the seeded scalar times the base point (${keyId} v${version})`, async () => {
      const pair = await seedAgreementMaterial(keyId, version);
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      expect(Buffer.from(raw).toString('hex')).toBe(Buffer.from(p256.getPublicKey(await expectedScalar(keyId, version), false)).toString('hex'));
    });
  }

  test('the scalar of any seed is the one @noble/curves makes of it with the whole P-256 curve (property)', async () => {
    // The edges of the range: seeds that reduce to 1 and to n-1, and the largest seed.
    const order = p256.Point.CURVE().n;
    const seedOf = (value: bigint) => Uint8Array.from(Buffer.from(value.toString(16).padStart(96, '0'), 'hex'));
    for (const edge of [0n, order - 2n, order - 1n, (1n << 384n) - 1n]) {
      expect(Buffer.from(await p256ScalarFromSeed(seedOf(edge))).toString('hex')).toBe(Buffer.from(p256.utils.randomSecretKey(seedOf(edge))).toString('hex'));
    }
    await checkProperty(
      'P-256 scalar from seed',
      fc.asyncProperty(fc.uint8Array({ minLength: 48, maxLength: 48 }), async (seed) => {
        expect(Buffer.from(await p256ScalarFromSeed(seed)).toString('hex')).toBe(Buffer.from(p256.utils.randomSecretKey(seed)).toString('hex'));
      }),
      PROPERTY_RUNS.p256ScalarFromSeed,
    );
  });

  test('the private key agrees with any peer as the public key says it should', async () => {
    const pair = await seedAgreementMaterial('0b5c0a1e-6d0c-4b3a-9f7e-1a2b3c4d5e6f', 1);
    const peer = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const ours = await crypto.subtle.deriveBits({ name: 'ECDH', public: peer.publicKey }, pair.privateKey, 256);
    const theirs = await crypto.subtle.deriveBits({ name: 'ECDH', public: pair.publicKey }, peer.privateKey, 256);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    expect(pair.privateKey.extractable).toBe(false);
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { keySpecs } from '../../../mock-server/model/keys/keySpecs';
import { signingHash } from '../../../mock-server/crypto/signingHash';
import type { KeySpec, MessageType, SigningAlgorithmSpec } from '../../../mock-server/spec';
import { call } from '../mock-server/support/call';
import { create } from '../mock-server/support/fixtures';
import { base64, bytesOf, flipBit } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { signVerifyRuns } from './support/propertyRuns';

/** Every spec CreateKey makes for SIGN_VERIFY, straight from the key-spec table, so a new one is covered. */
const SIGNING_SPECS = (Object.keys(keySpecs) as KeySpec[]).filter((spec) => {
  const profile = keySpecs[spec];
  return profile.implementation.by !== undefined && profile.usages.SIGN_VERIFY !== undefined;
});

let qkms: Qkms;
const internalErrors: unknown[] = [];
const keyIds = new Map<KeySpec, string>();

beforeAll(async () => {
  qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
  for (const spec of SIGNING_SPECS) keyIds.set(spec, (await create(qkms, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' })).KeyId);
}, 120_000);

/** The message types KMS takes with each algorithm (RSA DIGEST is a QKMS refusal: WebCrypto hashes what it signs). */
function messageTypesOf(algorithm: SigningAlgorithmSpec): readonly MessageType[] {
  if (algorithm === 'ED25519_PH_SHA_512') return ['DIGEST'];
  if (algorithm === 'ED25519_SHA_512' || algorithm.startsWith('RSASSA_')) return ['RAW'];
  if (algorithm === 'ML_DSA_SHAKE_256') return ['RAW', 'EXTERNAL_MU'];
  return ['RAW', 'DIGEST'];
}

/** A message of the type: 1 to 4,096 bytes when RAW, else exactly the digest's (or mu's) length. */
function messageFor(algorithm: SigningAlgorithmSpec): fc.Arbitrary<{ readonly MessageType: MessageType; readonly bytes: Uint8Array }> {
  return fc.constantFrom(...messageTypesOf(algorithm)).chain((MessageType) => {
    const length = MessageType === 'RAW' ? { minLength: 1, maxLength: 4096 } : { minLength: signingHash[algorithm].bytes, maxLength: signingHash[algorithm].bytes };
    return fc.uint8Array(length).map((bytes) => ({ MessageType, bytes }));
  });
}

describe('Sign → Verify (property)', () => {
  test('the property covers every signing key spec, ECC incl. secp256k1, Ed25519, RSA and ML-DSA', () => {
    expect(SIGNING_SPECS).toEqual(
      expect.arrayContaining(['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87']),
    );
  });

  const cases = SIGNING_SPECS.flatMap((spec) =>
    (keySpecs[spec].usages.SIGN_VERIFY?.signingAlgorithms ?? []).map((algorithm): [KeySpec, SigningAlgorithmSpec] => [spec, algorithm]),
  );
  test.each(cases)(
    'a %s key verifies what it signed with %s (every message type it takes), and refuses the signature once any bit of it or of the message flips',
    async (spec, algorithm) => {
      const KeyId = keyIds.get(spec);
      await checkProperty(
        `Sign→Verify ${spec} ${algorithm}`,
        fc.asyncProperty(messageFor(algorithm), fc.nat(), fc.boolean(), async ({ MessageType, bytes }, bit, inSignature) => {
          const Message = base64(bytes);
          const signed = await call(qkms, 'Sign', { KeyId, Message, MessageType, SigningAlgorithm: algorithm });
          expect(signed.status, JSON.stringify(signed.body)).toBe(200);
          const verified = await call(qkms, 'Verify', { KeyId, Message, MessageType, Signature: signed.body.Signature, SigningAlgorithm: algorithm });
          expect(verified.status, JSON.stringify(verified.body)).toBe(200);
          expect(verified.body.SignatureValid).toBe(true);

          const signature = bytesOf(signed.body.Signature);
          const tampered = inSignature
            ? { Message, Signature: base64(flipBit(signature, bit % (signature.length * 8))) }
            : { Message: base64(flipBit(bytes, bit % (bytes.length * 8))), Signature: signed.body.Signature };
          const refused = await call(qkms, 'Verify', { KeyId, ...tampered, MessageType, SigningAlgorithm: algorithm });
          expect(refused.status, JSON.stringify(refused.body)).toBe(400);
          expect(refused.body.__type).toBe('KMSInvalidSignatureException');
        }),
        signVerifyRuns(spec),
      );
      expect(internalErrors).toEqual([]);
    },
    180_000,
  );
});

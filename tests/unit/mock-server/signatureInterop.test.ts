import { createHash, createPublicKey, verify as nodeVerify, constants } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createQkms } from '../../../mock-server';
import { ed25519Sign } from '../../../mock-server/crypto/ed25519Sign';
import { call, errorOf } from './support/call';
import { create } from './support/fixtures';

const message = Buffer.from('QKMS signs this, node:crypto checks it');
const flipped = (bytes: Buffer) => {
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 0x01;
  return copy;
};

type NodeCheck = { hash: string | null; padding?: number; saltLength?: number; dsaEncoding?: 'der' };
const SHA = (bits: number) => `sha${bits}`;

/** Every key spec and algorithm, with how node:crypto (OpenSSL) verifies the same signature. */
const cases: { spec: string; algorithm: string; node: NodeCheck; digest?: boolean }[] = [
  ...['RSA_2048', 'RSA_3072', 'RSA_4096'].flatMap((spec) =>
    [256, 384, 512].flatMap((bits) => [
      {
        spec,
        algorithm: `RSASSA_PSS_SHA_${bits}`,
        // KMS's PSS salt is as long as the hash: node must be told, or it would accept any salt.
        node: { hash: SHA(bits), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits / 8 },
      },
      { spec, algorithm: `RSASSA_PKCS1_V1_5_SHA_${bits}`, node: { hash: SHA(bits), padding: constants.RSA_PKCS1_PADDING } },
    ]),
  ),
  ...[
    ['ECC_NIST_P256', 256],
    ['ECC_NIST_P384', 384],
    ['ECC_NIST_P521', 512],
    ['ECC_SECG_P256K1', 256],
  ].flatMap(([spec, bits]) =>
    [false, true].map((digest) => ({ spec: String(spec), algorithm: `ECDSA_SHA_${bits}`, node: { hash: SHA(Number(bits)), dsaEncoding: 'der' as const }, digest })),
  ),
  { spec: 'ECC_NIST_EDWARDS25519', algorithm: 'ED25519_SHA_512', node: { hash: null } },
];

describe('signatures interoperate with node:crypto', () => {
  const qkms = createQkms();
  const keys = new Map<string, Promise<{ keyId: string; spki: Buffer }>>();
  const keyFor = (spec: string) => {
    let key = keys.get(spec);
    if (!key) {
      key = (async () => {
        const { KeyId } = await create(qkms, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
        const reply = await call(qkms, 'GetPublicKey', { KeyId });
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        return { keyId: KeyId, spki: Buffer.from(String(reply.body.PublicKey), 'base64') };
      })();
      keys.set(spec, key);
    }
    return key;
  };

  it.each(cases.map((c) => [`${c.spec} ${c.algorithm} ${c.digest ? 'DIGEST' : 'RAW'}`, c] as const))(
    'a QKMS %s signature verifies with node:crypto and the GetPublicKey SPKI, and a changed message or signature does not',
    async (_name, { spec, algorithm, node, digest }) => {
      const { keyId, spki } = await keyFor(spec);
      const sent = digest ? createHash(node.hash ?? 'sha512').update(message).digest() : message;
      const reply = await call(qkms, 'Sign', {
        KeyId: keyId,
        Message: sent.toString('base64'),
        MessageType: digest ? 'DIGEST' : 'RAW',
        SigningAlgorithm: algorithm,
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const signature = Buffer.from(String(reply.body.Signature), 'base64');
      const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
      const check = (data: Buffer, sig: Buffer) => nodeVerify(node.hash, data, { key: publicKey, ...node }, sig);
      // node:crypto always hashes, so it checks a DIGEST signature against the message the digest is of.
      expect(check(message, signature)).toBe(true);
      expect(check(flipped(message), signature)).toBe(false);
      expect(check(message, flipped(signature))).toBe(false);

      const verify = (msg: Buffer, sig: Buffer) =>
        call(qkms, 'Verify', { KeyId: keyId, Message: msg.toString('base64'), MessageType: digest ? 'DIGEST' : 'RAW', Signature: sig.toString('base64'), SigningAlgorithm: algorithm });
      const good = await verify(sent, signature);
      expect(good.body).toMatchObject({ SignatureValid: true, SigningAlgorithm: algorithm });
      expect(errorOf(await verify(flipped(sent), signature)).type).toBe('KMSInvalidSignatureException');
      expect(errorOf(await verify(sent, flipped(signature))).type).toBe('KMSInvalidSignatureException');
    },
  );

  it('signs ECDSA in DER with r and s no longer than the curve, as KMS does (P-521 included)', async () => {
    const { keyId } = await keyFor('ECC_NIST_P521');
    for (let i = 0; i < 8; i++) {
      const reply = await call(qkms, 'Sign', { KeyId: keyId, Message: message.toString('base64'), SigningAlgorithm: 'ECDSA_SHA_512' });
      const der = Buffer.from(String(reply.body.Signature), 'base64');
      expect(der[0]).toBe(0x30);
      expect(der.length).toBeLessThanOrEqual(139);
    }
  });

  it('gives an Ed25519 SPKI node:crypto reads as an ed25519 key', async () => {
    const { spki } = await keyFor('ECC_NIST_EDWARDS25519');
    expect(createPublicKey({ key: spki, format: 'der', type: 'spki' }).asymmetricKeyType).toBe('ed25519');
  });

  it.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'])('gives a %s SPKI whose algorithm is the FIPS 204 OID and whose key has the FIPS 204 length', async (spec) => {
    const { spki } = await keyFor(spec);
    const level = { ML_DSA_44: 0x11, ML_DSA_65: 0x12, ML_DSA_87: 0x13 }[spec];
    const length = { ML_DSA_44: 1312, ML_DSA_65: 1952, ML_DSA_87: 2592 }[spec] ?? 0;
    expect(spki.subarray(4, 17).toString('hex')).toBe(`300b06096086480165030403${(level ?? 0).toString(16)}`);
    expect(spki.length).toBe(length + 22);
  });
});

describe('ML-DSA signs pure FIPS 204 with an empty context, as KMS does', () => {
  // Node 20 has no ML-DSA, but it has SHAKE256: mu = SHAKE256(SHAKE256(pk, 64) || 0x00 || 0x00 || M, 64)
  // (FIPS 204 Algorithm 2 and 7) computed here, independently of the library QKMS uses.
  const qkms = createQkms();
  const shake = (data: Buffer) => createHash('shake256', { outputLength: 64 }).update(data).digest();

  it.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'])(
    'a %s signature of the mu node:crypto computes verifies as a RAW signature of the message, and the reverse',
    async (spec) => {
      const { KeyId } = await create(qkms, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
      const spki = Buffer.from(String((await call(qkms, 'GetPublicKey', { KeyId })).body.PublicKey), 'base64');
      const publicKey = spki.subarray(22);
      const mu = shake(Buffer.concat([shake(publicKey), Buffer.from([0, 0]), message]));
      const sign = async (msg: Buffer, type: string) =>
        String((await call(qkms, 'Sign', { KeyId, Message: msg.toString('base64'), MessageType: type, SigningAlgorithm: 'ML_DSA_SHAKE_256' })).body.Signature);
      const verify = (msg: Buffer, type: string, signature: string) =>
        call(qkms, 'Verify', { KeyId, Message: msg.toString('base64'), MessageType: type, Signature: signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
      const ofMu = await sign(mu, 'EXTERNAL_MU');
      expect((await verify(message, 'RAW', ofMu)).body.SignatureValid).toBe(true);
      const ofMessage = await sign(message, 'RAW');
      expect((await verify(mu, 'EXTERNAL_MU', ofMessage)).body.SignatureValid).toBe(true);
      expect(Buffer.from(ofMessage, 'base64').length).toBe({ ML_DSA_44: 2420, ML_DSA_65: 3309, ML_DSA_87: 4627 }[spec]);
      expect(errorOf(await verify(flipped(message), 'RAW', ofMu)).type).toBe('KMSInvalidSignatureException');
      expect(errorOf(await verify(flipped(mu), 'EXTERNAL_MU', ofMessage)).type).toBe('KMSInvalidSignatureException');
    },
  );
});

describe('Ed25519ph signs a given SHA-512 digest as RFC 8032 specifies', () => {
  // RFC 8032 §7.3, test "abc": the digest path must give the published signature for SHA-512("abc").
  const secret = Buffer.from('833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42', 'hex');
  const publicBytes = Buffer.from('ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf', 'hex');
  const expected =
    '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406';

  it('gives the RFC 8032 Ed25519ph test vector signature', async () => {
    const material = { version: 1, id: '', createdAt: 0, keys: {}, secret: new Uint8Array(secret), publicBytes: new Uint8Array(publicBytes) };
    const digest = new Uint8Array(createHash('sha512').update('abc').digest());
    expect(Buffer.from(await ed25519Sign(material, true, digest)).toString('hex')).toBe(expected);
  });
});

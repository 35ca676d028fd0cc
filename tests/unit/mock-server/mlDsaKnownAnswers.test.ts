import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bytes } from '../../../mock-server/spec/Bytes';
import type { MaterialVersion } from '../../../mock-server/store/records/KeyRecord';
import { generateMaterial } from '../../../mock-server/crypto/generateMaterial';
import { mlDsaMaterial, mlDsaVerify, type MlDsaLevel } from '../../../mock-server/crypto/mlDsaSign';

/*
 * NIST's ACVP known-answer vectors for ML-DSA (FIPS 204), checked through QKMS's own key generation and
 * verification. Node 20 has no ML-DSA, so these published answers are what shows QKMS interoperates.
 * The fixture holds only the vectors used here, hex exactly as published, each with its source.
 */

type ParameterSet = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

interface Provenance {
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly expectedResultsPath: string;
  readonly tgId: number;
  readonly tcId: number;
}

interface KeyGenVector {
  readonly provenance: Provenance & { readonly expected: string };
  readonly parameterSet: ParameterSet;
  readonly seed: string;
  readonly pk: string;
  readonly sk: string;
}

interface SigVerVector {
  readonly provenance: Provenance & { readonly testPassed: boolean };
  readonly parameterSet: ParameterSet;
  readonly signatureInterface: 'external' | 'internal';
  readonly preHash?: 'pure';
  readonly externalMu?: boolean;
  readonly pk: string;
  readonly message?: string;
  readonly context?: string;
  readonly mu?: string;
  readonly signature: string;
}

interface Fixture {
  readonly keyGen: readonly KeyGenVector[];
  readonly sigVer: readonly SigVerVector[];
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'acvp-ml-dsa.json'), 'utf8')) as Fixture;

const LEVEL: Readonly<Record<ParameterSet, MlDsaLevel>> = { 'ML-DSA-44': 44, 'ML-DSA-65': 65, 'ML-DSA-87': 87 };
/** FIPS 204 Table 2: public key, private key and signature sizes in bytes. */
const SIZES: Readonly<Record<ParameterSet, { pk: number; sk: number; signature: number }>> = {
  'ML-DSA-44': { pk: 1312, sk: 2560, signature: 2420 },
  'ML-DSA-65': { pk: 1952, sk: 4032, signature: 3309 },
  'ML-DSA-87': { pk: 2592, sk: 4896, signature: 4627 },
};

const bytes = (hex: string): Bytes => new Uint8Array(Buffer.from(hex, 'hex'));
const hexOf = (data: Uint8Array) => Buffer.from(data).toString('hex').toUpperCase();
const byteLength = (hex: string) => {
  expect(hex, 'upper-case hex, whole bytes').toMatch(/^(?:[0-9A-F]{2})*$/);
  return hex.length / 2;
};

/** QKMS key material holding only a public key, as Verify reads it. */
const publicMaterial = (pk: string): MaterialVersion => ({ version: 1, id: '0'.repeat(64), createdAt: 0, keys: {}, publicBytes: bytes(pk) });

/**
 * mu = SHAKE256(SHAKE256(pk, 64) || 0x00 || len(ctx) || ctx || M, 64): FIPS 204 Algorithm 3 (pure ML-DSA,
 * domain byte 0) and Algorithm 8 line 6, computed with node:crypto, independently of the library QKMS uses.
 */
const externalMuOf = (vector: SigVerVector): Bytes => {
  const shake = (...parts: Uint8Array[]) => {
    const hash = createHash('shake256', { outputLength: 64 });
    for (const part of parts) hash.update(part);
    return new Uint8Array(hash.digest());
  };
  const context = bytes(vector.context ?? '');
  return shake(shake(bytes(vector.pk)), Uint8Array.of(0, context.length), context, bytes(vector.message ?? ''));
};

const outcome = (passed: boolean) => (passed ? 'accepts' : 'rejects');
const caseName = ({ parameterSet, provenance }: SigVerVector) => `${parameterSet} tgId ${provenance.tgId} tcId ${provenance.tcId}`;
const external = fixture.sigVer.filter((v) => v.signatureInterface === 'external' && v.preHash === 'pure');
const internalMu = fixture.sigVer.filter((v) => v.signatureInterface === 'internal' && v.externalMu === true);

describe('the ACVP ML-DSA fixture holds the published vectors whole', () => {
  it('names, for every vector, the NIST file, commit, test group, test case and expected outcome it was copied from', () => {
    for (const { provenance } of [...fixture.keyGen, ...fixture.sigVer]) {
      expect(provenance.repo).toBe('usnistgov/ACVP-Server');
      expect(provenance.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(provenance.path).toMatch(/^gen-val\/json-files\/ML-DSA-(keyGen|sigVer)-FIPS204\/prompt\.json$/);
      expect(provenance.expectedResultsPath).toBe(provenance.path.replace('prompt.json', 'expectedResults.json'));
      expect(Number.isInteger(provenance.tgId) && Number.isInteger(provenance.tcId)).toBe(true);
    }
    for (const { provenance } of fixture.sigVer) expect(typeof provenance.testPassed).toBe('boolean');
  });

  it('gives every key, seed, signature and mu the byte length FIPS 204 fixes for its parameter set, so no hex was lost or doubled in copying', () => {
    for (const { parameterSet, seed, pk, sk } of fixture.keyGen) {
      expect(byteLength(seed)).toBe(32);
      expect(byteLength(pk)).toBe(SIZES[parameterSet].pk);
      expect(byteLength(sk)).toBe(SIZES[parameterSet].sk);
    }
    for (const vector of fixture.sigVer) {
      expect(byteLength(vector.pk), caseName(vector)).toBe(SIZES[vector.parameterSet].pk);
      expect(byteLength(vector.signature), caseName(vector)).toBe(SIZES[vector.parameterSet].signature);
      if (vector.mu !== undefined) expect(byteLength(vector.mu), caseName(vector)).toBe(64);
      else {
        expect(byteLength(vector.message ?? '')).toBeGreaterThan(0);
        expect(byteLength(vector.context ?? '')).toBeLessThanOrEqual(255);
      }
    }
  });

  it('covers every parameter set with a vector NIST expects to pass and one it expects to fail', () => {
    for (const parameterSet of ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] as const) {
      const outcomes = fixture.sigVer.filter((v) => v.parameterSet === parameterSet).map((v) => v.provenance.testPassed);
      expect(outcomes, parameterSet).toContain(true);
      expect(outcomes, parameterSet).toContain(false);
    }
    expect(external.length + internalMu.length).toBe(fixture.sigVer.length);
  });
});

describe('QKMS ML-DSA key generation reproduces NIST keyGen vectors', () => {
  it.each(fixture.keyGen.map((v) => [`${v.parameterSet} tgId ${v.provenance.tgId} tcId ${v.provenance.tcId}`, v] as const))(
    'mlDsaMaterial turns the %s seed into exactly the published public and secret key',
    async (_name, { parameterSet, seed, pk, sk }) => {
      const { publicBytes, secret } = await mlDsaMaterial(LEVEL[parameterSet], bytes(seed));
      expect(hexOf(publicBytes)).toBe(pk);
      expect(hexOf(secret)).toBe(sk);
    },
  );

  it('CreateKey material generation takes the ML-DSA seed from the request random source, so those 32 bytes give the NIST key pair', async () => {
    const [vector] = fixture.keyGen;
    const seed = bytes(vector.seed);
    const random = (length: number): Bytes => (length === 32 ? seed.slice() : new Uint8Array(length));
    const spec = `ML_DSA_${LEVEL[vector.parameterSet]}` as const;
    const material = await generateMaterial(spec, 'SIGN_VERIFY', 1, 0, random);
    expect(hexOf(material.publicBytes ?? new Uint8Array())).toBe(vector.pk);
    expect(hexOf(material.secret ?? new Uint8Array())).toBe(vector.sk);
  });

  it('refuses a seed that is not 32 bytes rather than deriving a key from it', async () => {
    await expect(mlDsaMaterial(44, new Uint8Array(31))).rejects.toThrow(/32-byte seed/);
  });
});

describe('QKMS ML-DSA verification agrees with NIST sigVer vectors', () => {
  it.each(
    external.map((v) => [caseName(v), bytes(v.context ?? '').length, outcome(v.provenance.testPassed), v] as const),
  )(
    '%s (pure, %d-byte context): QKMS EXTERNAL_MU verification of the mu node:crypto derives from the message %s the signature, as NIST expects',
    async (_name, _contextLength, _outcome, vector) => {
      const verdict = await mlDsaVerify(publicMaterial(vector.pk), LEVEL[vector.parameterSet], externalMuOf(vector), bytes(vector.signature), true);
      expect(verdict).toBe(vector.provenance.testPassed);
    },
  );

  const emptyContext = external.filter((v) => (v.context ?? '') === '');
  it.each(emptyContext.map((v) => [caseName(v), outcome(v.provenance.testPassed), v] as const))(
    '%s (pure, empty context): QKMS RAW verification of the message itself %s the signature, as NIST expects',
    async (_name, _outcome, vector) => {
      const verdict = await mlDsaVerify(publicMaterial(vector.pk), LEVEL[vector.parameterSet], bytes(vector.message ?? ''), bytes(vector.signature), false);
      expect(verdict).toBe(vector.provenance.testPassed);
    },
  );

  const contextBound = external.filter((v) => (v.context ?? '') !== '' && v.provenance.testPassed);
  it.each(contextBound.map((v) => [caseName(v), v] as const))(
    '%s: QKMS RAW verification, which signs with an empty context as KMS does, rejects a valid signature bound to a non-empty context',
    async (_name, vector) => {
      const verdict = await mlDsaVerify(publicMaterial(vector.pk), LEVEL[vector.parameterSet], bytes(vector.message ?? ''), bytes(vector.signature), false);
      expect(verdict).toBe(false);
    },
  );

  it.each(internalMu.map((v) => [caseName(v), outcome(v.provenance.testPassed), v] as const))(
    '%s (internal, external mu): QKMS EXTERNAL_MU verification of the published mu %s the signature, as NIST expects',
    async (_name, _outcome, vector) => {
      const verdict = await mlDsaVerify(publicMaterial(vector.pk), LEVEL[vector.parameterSet], bytes(vector.mu ?? ''), bytes(vector.signature), true);
      expect(verdict).toBe(vector.provenance.testPassed);
    },
  );

  it('has RAW, context and external-mu cases to run, passing and failing', () => {
    expect(emptyContext.length).toBeGreaterThan(0);
    expect(contextBound.length).toBeGreaterThan(0);
    expect(external.some((v) => !v.provenance.testPassed)).toBe(true);
    expect(internalMu.some((v) => v.provenance.testPassed) && internalMu.some((v) => !v.provenance.testPassed)).toBe(true);
  });
});

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { creatableKeySpecs, usageProfile, usagesOf } from '../../../mock-server/model/keys/keySpecs';
import { openDataDirStore, type DataDirStore } from '../../../mock-server/node/dataDir/openDataDirStore';
import type { KeySpec, KeyUsageType } from '../../../mock-server/spec';
import type { Collection } from '../../../mock-server/store/Store';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID } from '../../support/sandbox';
import { b64, call, text } from './support/call';
import { create } from './support/fixtures';

/* The backend on a data directory, stopped and started again: every record reads back the same, and every key still works. */

const stores: DataDirStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function start(dir: string): Promise<{ qkms: Qkms; store: DataDirStore }> {
  const store = await openDataDirStore(dir, { log: () => undefined });
  stores.push(store);
  return { qkms: createQkms({ store, faults: false }), store };
}

async function restart(dir: string, store: DataDirStore): Promise<Qkms> {
  await store.close();
  stores.splice(stores.indexOf(store), 1);
  return (await start(dir)).qkms;
}

/** Every record of every collection, with each CryptoKey shown as what it is (CryptoKeys have no enumerable members to compare). */
async function everything(store: DataDirStore): Promise<unknown> {
  // A record per collection, so a collection added to the store without being added here does not compile.
  const every: Record<Collection, true> = { keys: true, grants: true, aliases: true, meta: true, customKeyStores: true };
  const collections = Object.keys(every).filter((name): name is Collection => name in every);
  const shown = (value: unknown): unknown => {
    if (value instanceof CryptoKey) return { type: value.type, algorithm: value.algorithm, usages: value.usages, extractable: value.extractable };
    if (Array.isArray(value)) return value.map(shown);
    if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, shown(member)]));
    return value;
  };
  return Object.fromEntries(await Promise.all(collections.map(async (collection) => [collection, shown(await store.list(collection))])));
}

const pairs: readonly { spec: KeySpec; usage: KeyUsageType }[] = creatableKeySpecs.flatMap((spec) => usagesOf(spec).map((usage) => ({ spec, usage })));

describe('a backend on a data directory, restarted', () => {
  // Generating RSA 3072 and 4096 pairs dominates; a shared machine can take a while.
  it('reads back every record it held, and every key spec still decrypts, verifies and derives what it did before', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-restart-'));
    const { qkms, store } = await start(dir);
    const message = b64('made before the restart');
    const checks: ((after: Qkms) => Promise<void>)[] = [];

    for (const { spec, usage } of pairs) {
      const key = await create(qkms, { KeySpec: spec, KeyUsage: usage, Description: `${spec} ${usage}`, Tags: [{ TagKey: 'spec', TagValue: spec }] });
      const profile = usageProfile(spec, usage);
      for (const algorithm of profile?.encryptionAlgorithms ?? []) {
        const sealed = await call(qkms, 'Encrypt', { KeyId: key.KeyId, Plaintext: message, EncryptionAlgorithm: algorithm });
        expect(sealed.status, `${spec} Encrypt ${algorithm}`).toBe(200);
        checks.push(async (after) => {
          const opened = await call(after, 'Decrypt', { KeyId: key.KeyId, CiphertextBlob: sealed.body.CiphertextBlob, EncryptionAlgorithm: algorithm });
          expect(opened.status, `${spec} Decrypt ${algorithm}: ${JSON.stringify(opened.body)}`).toBe(200);
          expect(text(opened.body.Plaintext)).toBe('made before the restart');
        });
      }
      // One signing algorithm per key: the point is the key material, not every algorithm.
      for (const algorithm of (profile?.signingAlgorithms ?? []).slice(0, 1)) {
        const signed = await call(qkms, 'Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: algorithm });
        expect(signed.status, `${spec} Sign ${algorithm}: ${JSON.stringify(signed.body)}`).toBe(200);
        checks.push(async (after) => {
          const verified = await call(after, 'Verify', { KeyId: key.KeyId, Message: message, Signature: signed.body.Signature, SigningAlgorithm: algorithm });
          expect(verified.body.SignatureValid, `${spec} Verify ${algorithm}: ${JSON.stringify(verified.body)}`).toBe(true);
          const again = await call(after, 'Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: algorithm });
          expect(again.status, `${spec} Sign ${algorithm} after`).toBe(200);
        });
      }
      for (const algorithm of profile?.macAlgorithms ?? []) {
        const mac = await call(qkms, 'GenerateMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: algorithm });
        expect(mac.status, `${spec} GenerateMac`).toBe(200);
        checks.push(async (after) => {
          const again = await call(after, 'GenerateMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: algorithm });
          expect(again.body.Mac, `${spec} GenerateMac after`).toBe(mac.body.Mac);
        });
      }
      if (profile?.keyAgreementAlgorithms !== undefined) {
        const peer = await call(qkms, 'GetPublicKey', { KeyId: AGREEMENT_KEY_ID });
        const own = await call(qkms, 'GetPublicKey', { KeyId: key.KeyId });
        const derive = (on: Qkms, keyId: string, publicKey: unknown) => call(on, 'DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: publicKey });
        if (spec === 'ECC_NIST_P256') {
          const secret = await derive(qkms, key.KeyId, peer.body.PublicKey);
          expect(secret.status, `${spec} DeriveSharedSecret: ${JSON.stringify(secret.body)}`).toBe(200);
          checks.push(async (after) => expect((await derive(after, key.KeyId, peer.body.PublicKey)).body.SharedSecret).toBe(secret.body.SharedSecret));
        } else {
          // No seeded peer on this curve: the key derives with its own public key, before and after.
          const secret = await derive(qkms, key.KeyId, own.body.PublicKey);
          expect(secret.status, `${spec} DeriveSharedSecret: ${JSON.stringify(secret.body)}`).toBe(200);
          checks.push(async (after) => expect((await derive(after, key.KeyId, own.body.PublicKey)).body.SharedSecret).toBe(secret.body.SharedSecret));
        }
      }
    }
    expect(checks.length).toBeGreaterThan(pairs.length);

    // Rotations, aliases, grants, tags, a pending deletion and the seeded example records.
    const symmetric = await create(qkms, {});
    expect((await call(qkms, 'RotateKeyOnDemand', { KeyId: symmetric.KeyId })).status).toBe(200);
    expect((await call(qkms, 'CreateAlias', { AliasName: 'alias/kept', TargetKeyId: symmetric.KeyId })).status).toBe(200);
    expect((await call(qkms, 'CreateGrant', { KeyId: symmetric.KeyId, GranteePrincipal: 'arn:verenc:444455556666:role/Partner', Operations: ['Decrypt'] })).status).toBe(200);
    expect((await call(qkms, 'TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: 'kept', TagValue: 'yes' }] })).status).toBe(200);
    expect((await call(qkms, 'ScheduleKeyDeletion', { KeyId: symmetric.KeyId, PendingWindowInDays: 7 })).status).toBe(200);

    const before = await everything(store);
    const after = await restart(dir, store);
    expect(await everything(stores[0])).toEqual(before);
    for (const check of checks) await check(after);
  });
});

import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms, SandboxFileError } from '../../../mock-server';
import type { Qkms, Store } from '../../../mock-server';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, SEEDED_KEY_IDS, SEEDED_GRANT_ID } from '../../support/sandbox';
import { wrapKeyMaterial } from '../../support/wrapKeyMaterial';
import { b64, call, errorOf, text } from './support/call';
import { create } from './support/fixtures';

/* "Export sandbox" / "Import sandbox": keys come back from the file able to undo what they did before it was written. */

const passphrase = 'correct horse battery staple';

interface Before {
  readonly file: string;
  /** Checks, run against the sandbox the file was imported into, that each key still does what it did. */
  readonly checks: readonly [string, (qkms: Qkms) => Promise<void>][];
  readonly keyCount: number;
}

async function importedKey(qkms: Qkms): Promise<string> {
  const { KeyId } = await create(qkms, { Origin: 'EXTERNAL', Description: 'BYOK' });
  const parameters = await call(qkms, 'GetParametersForImport', { KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
  const publicKey = Buffer.from(String(parameters.body.PublicKey), 'base64');
  const reply = await call(qkms, 'ImportKeyMaterial', {
    KeyId,
    ImportToken: parameters.body.ImportToken,
    EncryptedKeyMaterial: wrapKeyMaterial(publicKey, 'RSAES_OAEP_SHA_256', randomBytes(32)).toString('base64'),
    ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
  });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return KeyId;
}

/** Decrypting `ciphertext` gives `plaintext` again. */
const decrypts = (ciphertext: unknown, plaintext: string, extra: object = {}) => async (qkms: Qkms) => {
  const reply = await call(qkms, 'Decrypt', { CiphertextBlob: ciphertext, ...extra });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(text(reply.body.Plaintext)).toBe(plaintext);
};

async function sandboxWithWork(): Promise<Before> {
  const qkms = createQkms();
  const checks: [string, (qkms: Qkms) => Promise<void>][] = [];

  const symmetric = await create(qkms, { Description: 'made before export' });
  const made = await call(qkms, 'Encrypt', { KeyId: symmetric.KeyId, Plaintext: b64('made key'), EncryptionContext: { purpose: 'export' } });
  checks.push(['a created SYMMETRIC_DEFAULT key', decrypts(made.body.CiphertextBlob, 'made key', { EncryptionContext: { purpose: 'export' } })]);

  const seeded = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('seeded, version 1') });
  await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
  const rotated = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('seeded, version 2') });
  checks.push(['the example key before its rotation', decrypts(seeded.body.CiphertextBlob, 'seeded, version 1')]);
  checks.push(['the example key after its rotation', decrypts(rotated.body.CiphertextBlob, 'seeded, version 2')]);

  const rsa = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
  const rsaCiphertext = await call(qkms, 'Encrypt', { KeyId: rsa.KeyId, Plaintext: b64('rsa'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
  checks.push(['a created RSA_2048 encryption key', decrypts(rsaCiphertext.body.CiphertextBlob, 'rsa', { KeyId: rsa.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })]);

  const hmac = await create(qkms, { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
  const mac = await call(qkms, 'GenerateMac', { KeyId: hmac.KeyId, Message: b64('mac me'), MacAlgorithm: 'HMAC_SHA_384' });
  checks.push([
    'a created HMAC_384 key',
    async (after) => {
      const reply = await call(after, 'GenerateMac', { KeyId: hmac.KeyId, Message: b64('mac me'), MacAlgorithm: 'HMAC_SHA_384' });
      expect(reply.body.Mac).toBe(mac.body.Mac);
    },
  ]);

  const signer = await create(qkms, { KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' });
  const publicBefore = (await call(qkms, 'GetPublicKey', { KeyId: signer.KeyId })).body.PublicKey;
  checks.push([
    'a created ECC_NIST_P384 signing key',
    async (after) => {
      expect((await call(after, 'GetPublicKey', { KeyId: signer.KeyId })).body.PublicKey).toBe(publicBefore);
      const signed = await call(after, 'Sign', { KeyId: signer.KeyId, Message: b64('sign me'), SigningAlgorithm: 'ECDSA_SHA_384' });
      const verified = await call(after, 'Verify', { KeyId: signer.KeyId, Message: b64('sign me'), Signature: signed.body.Signature, SigningAlgorithm: 'ECDSA_SHA_384' });
      expect(verified.body.SignatureValid).toBe(true);
    },
  ]);

  const edwards = await create(qkms, { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' });
  const edSignature = await call(qkms, 'Sign', { KeyId: edwards.KeyId, Message: b64('ed'), SigningAlgorithm: 'ED25519_SHA_512' });
  checks.push([
    'a created ECC_NIST_EDWARDS25519 key',
    async (after) => {
      const verified = await call(after, 'Verify', { KeyId: edwards.KeyId, Message: b64('ed'), Signature: edSignature.body.Signature, SigningAlgorithm: 'ED25519_SHA_512' });
      expect(verified.body.SignatureValid).toBe(true);
      // Ed25519 signatures are deterministic: the same secret signs the same message the same way.
      expect((await call(after, 'Sign', { KeyId: edwards.KeyId, Message: b64('ed'), SigningAlgorithm: 'ED25519_SHA_512' })).body.Signature).toBe(edSignature.body.Signature);
    },
  ]);

  const agreement = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
  const peer = (await call(qkms, 'GetPublicKey', { KeyId: AGREEMENT_KEY_ID })).body.PublicKey;
  const secret = await call(qkms, 'DeriveSharedSecret', { KeyId: agreement.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer });
  checks.push([
    'a created ECC_NIST_P256 key agreement key',
    async (after) => {
      const again = await call(after, 'DeriveSharedSecret', { KeyId: agreement.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer });
      expect(again.body.SharedSecret).toBe(secret.body.SharedSecret);
    },
  ]);

  const byok = await importedKey(qkms);
  const byokCiphertext = await call(qkms, 'Encrypt', { KeyId: byok, Plaintext: b64('imported material') });
  checks.push(['a key with imported material', decrypts(byokCiphertext.body.CiphertextBlob, 'imported material')]);

  await call(qkms, 'CreateAlias', { AliasName: 'alias/exported', TargetKeyId: symmetric.KeyId });
  checks.push([
    'an alias',
    async (after) => {
      const described = await call(after, 'DescribeKey', { KeyId: 'alias/exported' });
      expect((described.body.KeyMetadata as { KeyId: string }).KeyId).toBe(symmetric.KeyId);
    },
  ]);
  checks.push([
    'the example grant',
    async (after) => {
      const grants = await call(after, 'ListGrants', { KeyId: SEEDED_KEY_IDS[1] });
      expect(JSON.stringify(grants.body)).toContain(SEEDED_GRANT_ID);
    },
  ]);

  const keyCount = ((await call(qkms, 'ListKeys', {})).body.Keys as unknown[]).length;
  return { file: await qkms.exportSandbox(passphrase), checks, keyCount };
}

describe('a sandbox exported to a file and imported into a fresh sandbox', () => {
  let before: Before;
  let store: Store;
  let after: Qkms;

  beforeAll(async () => {
    before = await sandboxWithWork();
    store = createMemoryStore();
    after = createQkms({ store });
    await after.importSandbox(before.file, passphrase);
  }, 120_000);

  test('writes no key material in the clear', () => {
    const file = JSON.parse(before.file) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['cipher', 'content', 'exportedAt', 'format', 'kdf', 'seedVersion', 'version']);
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(before.file).not.toContain(EXAMPLE_KEY_ID);
  });

  test('has every key it had', async () => {
    expect(((await call(after, 'ListKeys', {})).body.Keys as unknown[]).length).toBe(before.keyCount);
  });

  test('undoes with every key what it did before the export, and keeps aliases and grants', async () => {
    const failed: string[] = [];
    for (const [name, check] of before.checks) {
      await check(after).catch((error: unknown) => failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`));
    }
    expect(failed).toEqual([]);
    expect(before.checks).toHaveLength(11);
  });

  test('holds the imported keys non-extractable', async () => {
    for (const key of await store.list('keys')) {
      for (const material of key.materials) for (const held of Object.values(material.keys)) expect(held.extractable).toBe(false);
    }
  });

  test('can be exported and imported again', async () => {
    const again = createQkms();
    await again.importSandbox(await after.exportSandbox(passphrase), passphrase);
    for (const [, check] of before.checks) await check(again);
  }, 60_000);
});

describe('a sandbox file that cannot be imported', () => {
  let file: string;

  beforeAll(async () => {
    file = await createQkms().exportSandbox(passphrase);
  }, 60_000);

  /** A sandbox with one key of its own, to see that a refused import leaves it. */
  async function target(): Promise<{ qkms: Qkms; keyId: string; ciphertext: unknown }> {
    const qkms = createQkms();
    const { KeyId } = await create(qkms);
    const ciphertext = (await call(qkms, 'Encrypt', { KeyId, Plaintext: b64('still here') })).body.CiphertextBlob;
    return { qkms, keyId: KeyId, ciphertext };
  }

  const edit = (change: (file: Record<string, unknown>) => void): string => {
    const parsed = JSON.parse(file) as Record<string, unknown>;
    change(parsed);
    return JSON.stringify(parsed);
  };

  test.each([
    ['with the wrong passphrase', () => file, 'not the passphrase', /passphrase is wrong, or the file was changed/],
    ['whose content was changed', () => edit((parsed) => {
      const content = Buffer.from(String(parsed.content), 'base64');
      content[10] ^= 1;
      parsed.content = content.toString('base64');
    }), passphrase, /passphrase is wrong, or the file was changed/],
    ['whose header was changed', () => edit((parsed) => {
      parsed.kdf = { ...(parsed.kdf as object), iterations: 700_000 };
    }), passphrase, /passphrase is wrong, or the file was changed/],
    ['of another version', () => edit((parsed) => {
      parsed.version = 2;
    }), passphrase, /version 2; this page reads version 1/],
    ['from another seed', () => edit((parsed) => {
      parsed.seedVersion = 1;
    }), passphrase, /seed version 1/],
    ['that is not a sandbox file', () => '{"hello":"world"}', passphrase, /not a QKMS sandbox file/],
    ['that is not JSON', () => 'PK\u0003\u0004', passphrase, /not JSON/],
    ['that asks for too few PBKDF2 iterations', () => edit((parsed) => {
      parsed.kdf = { ...(parsed.kdf as object), iterations: 1000 };
    }), passphrase, /iteration count/],
  ])('is refused %s, and the sandbox keeps its keys', async (_, fileText, typed, message) => {
    const { qkms, keyId, ciphertext } = await target();
    const refusal = qkms.importSandbox(fileText(), typed);
    await expect(refusal).rejects.toBeInstanceOf(SandboxFileError);
    await expect(refusal).rejects.toThrow(message);
    await decrypts(ciphertext, 'still here')(qkms);
    expect((await call(qkms, 'DescribeKey', { KeyId: keyId })).status).toBe(200);
  });

  test('an export refuses a short passphrase', async () => {
    await expect(createQkms().exportSandbox('short')).rejects.toThrow(/at least 8 characters/);
  });

  test('an import leaves a sandbox that was never exported unable to read a ciphertext of another sandbox', async () => {
    const other = createQkms();
    const { KeyId } = await create(other);
    const ciphertext = (await call(other, 'Encrypt', { KeyId, Plaintext: b64('elsewhere') })).body.CiphertextBlob;
    const qkms = createQkms();
    await qkms.importSandbox(file, passphrase);
    expect(errorOf(await call(qkms, 'Decrypt', { CiphertextBlob: ciphertext })).status).toBe(400);
  });
});

describe('a sandbox with a key made before material was sealed', () => {
  test('refuses to export, naming the key, rather than write a file that cannot be imported', async () => {
    const store = createMemoryStore();
    const qkms = createQkms({ store });
    const { KeyId } = await create(qkms);
    const record = await store.get('keys', KeyId);
    if (record === undefined) throw new Error('CreateKey stored no key');
    // As an older page stored it: the material only in a non-extractable key.
    await store.put('keys', KeyId, { ...record, materials: record.materials.map(({ sealed: _sealed, ...material }) => material) });
    await expect(qkms.exportSandbox(passphrase)).rejects.toThrow(new RegExp(`material of ${KeyId} was made before`));
  });
});

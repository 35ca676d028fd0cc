import { SEALING_KEY, unseal } from '../../crypto/materialSealer';
import { encodeBase64 } from '../../spec/base64';
import type { KeyRecord, MaterialVersion } from '../../store/records/KeyRecord';
import type { Store } from '../../store/Store';
import { SEED_VERSION } from '../seedSandbox';
import { encryptWithPassphrase, PBKDF2_ITERATIONS } from './passphraseCipher';
import { toPortable } from './portableValue';
import type { Portable } from './portableValue';
import { fileHeader, SANDBOX_FILE_FORMAT, SANDBOX_FILE_VERSION, SandboxFileError } from './sandboxFileFormat';
import type { SandboxFile } from './sandboxFileFormat';
import { seededKeys } from './seededKeys';

/** The shortest passphrase an export takes: the file carries every key's material. */
export const MIN_PASSPHRASE_LENGTH = 8;

async function portableMaterial(version: MaterialVersion, sealingKey: CryptoKey | undefined): Promise<Portable> {
  const { keys: _keys, publicKey: _publicKey, sealed, ...kept } = version;
  if (sealed === undefined || sealingKey === undefined) return toPortable(kept);
  const material = await unseal(sealingKey, sealed);
  return toPortable({ ...kept, material: { format: sealed.format, bytes: material } });
}

async function portableKey(key: KeyRecord, sealingKey: CryptoKey | undefined): Promise<Portable> {
  // Import parameters hold a non-extractable wrapping key: only the handles go, so the seeded ones can be matched again.
  const { materials, importParameters, ...kept } = key;
  return toPortable({
    ...kept,
    materials: await Promise.all(materials.map((material) => portableMaterial(material, sealingKey))),
    importParameters: importParameters?.map(({ privateKey: _privateKey, ...parameters }) => parameters),
  });
}

/**
 * Keys with a material version the file could not carry: not sealed (made by an older page, before sealing),
 * no secret in the record, and not an example key's re-derivable material.
 */
async function materialNotExportable(keys: readonly KeyRecord[], sealingKey: CryptoKey | undefined, now: number): Promise<string[]> {
  const seeded = await seededKeys(now);
  return keys
    .filter((key) =>
      key.materials.some(
        (material) =>
          (material.sealed === undefined || sealingKey === undefined) &&
          material.secret === undefined &&
          Object.keys(material.keys).length > 0 &&
          !(seeded.get(key.KeyId)?.materials.some((candidate) => candidate.version === material.version && candidate.id === material.id) ?? false),
      ),
    )
    .map((key) => key.KeyId);
}

/** The whole sandbox (keys with their material, aliases, grants, key stores, clock, meta) as an encrypted file. */
export async function exportSandbox(store: Store, passphrase: string, now: Date): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new SandboxFileError(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters: the file holds every key's material.`);
  }
  const sealing = await store.get('meta', SEALING_KEY);
  const sealingKey = sealing?.kind === 'sealing-key' ? sealing.key : undefined;
  const keys = await store.list('keys');
  const unreadable = await materialNotExportable(keys, sealingKey, now.getTime());
  if (unreadable.length > 0) {
    throw new SandboxFileError(
      `The material of ${unreadable.join(', ')} was made before this sandbox could export key material, and its keys cannot be read back. Schedule ${unreadable.length === 1 ? 'that key' : 'those keys'} for deletion or reset the sandbox, then export again.`,
    );
  }
  const content = {
    keys: await Promise.all(keys.map((key) => portableKey(key, sealingKey))),
    aliases: toPortable(await store.list('aliases')),
    grants: toPortable(await store.list('grants')),
    customKeyStores: toPortable(await store.list('customKeyStores')),
    meta: toPortable((await store.list('meta')).filter((record) => record.kind !== 'sealing-key')),
  };
  const sealed = await encryptWithPassphrase(new TextEncoder().encode(JSON.stringify(content)), passphrase, fileHeader(SEED_VERSION, PBKDF2_ITERATIONS));
  const file: SandboxFile = {
    format: SANDBOX_FILE_FORMAT,
    version: SANDBOX_FILE_VERSION,
    seedVersion: SEED_VERSION,
    exportedAt: now.toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: sealed.iterations, salt: encodeBase64(sealed.salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64(sealed.iv) },
    content: encodeBase64(sealed.ciphertext),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

import { ecSigningFromSecret, heldMaterial } from '../../crypto/heldMaterial';
import { newSealingKey, SEALING_KEY, sealWith } from '../../crypto/materialSealer';
import type { Sealer } from '../../crypto/materialSealer';
import { aliasArn } from '../../model/identity/account';
import { decodeBase64 } from '../../spec/base64';
import type { Bytes } from '../../spec/Bytes';
import { keySpecValues, keyUsageTypeValues } from '../../spec/enums';
import type { AliasRecord } from '../../store/records/AliasRecord';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { GrantRecord } from '../../store/records/GrantRecord';
import type { ImportParameters, KeyRecord, MaterialVersion } from '../../store/records/KeyRecord';
import type { MetaRecord } from '../../store/records/MetaRecord';
import type { Store } from '../../store/Store';
import { SEED_MARKER, SEED_VERSION } from '../seedSandbox';
import { decryptWithPassphrase, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from './passphraseCipher';
import { fromPortable } from './portableValue';
import type { Portable } from './portableValue';
import { fileHeader, SANDBOX_FILE_FORMAT, SANDBOX_FILE_VERSION, SandboxFileError } from './sandboxFileFormat';
import { seededKeys } from './seededKeys';
import { metaRecordId } from '../../model/keys/ciphertextContexts';
import { isAliasRecord, isCustomKeyStoreRecord, isGrantRecord, isImportedTerms, isKeyFields, isLoose, isMetaRecord } from './recordGuards';
import type { Loose } from './recordGuards';

const isBytes = (value: unknown): value is Bytes => value instanceof Uint8Array;
const refuse = (why: string): never => {
  throw new SandboxFileError(why);
};

function listOf(content: Loose, name: string): Loose[] {
  const list = content[name];
  if (!Array.isArray(list) || !list.every(isLoose)) return refuse(`The file's ${name} are not a list of records.`);
  return list;
}

function bytesOf(text: unknown, what: string): Bytes {
  const bytes = typeof text === 'string' ? decodeBase64(text) : undefined;
  return bytes ?? refuse(`The file's ${what} is not base64.`);
}

/** The decrypted records, or a SandboxFileError saying what is wrong with the file. */
async function readContent(text: string, passphrase: string): Promise<Loose> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('This is not a QKMS sandbox file: it is not JSON.');
  }
  if (!isLoose(file) || file.format !== SANDBOX_FILE_FORMAT) return refuse('This is not a QKMS sandbox file (no "format": "qkms-sandbox").');
  if (file.version !== SANDBOX_FILE_VERSION) {
    return refuse(`This sandbox file has version ${String(file.version)}; this page reads version ${SANDBOX_FILE_VERSION} only.`);
  }
  if (file.seedVersion !== SEED_VERSION) {
    return refuse(
      `This file comes from a sandbox with example keys of seed version ${String(file.seedVersion)}; this page seeds version ${SEED_VERSION}, so its example keys cannot be restored.`,
    );
  }
  const { kdf, cipher } = file;
  if (!isLoose(kdf) || !isLoose(cipher) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') {
    return refuse('The file names a key derivation or cipher this page does not use (PBKDF2-SHA-256 and AES-GCM).');
  }
  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
    return refuse(`The file's PBKDF2 iteration count must be an integer from ${PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS}.`);
  }
  const sealed = { iterations, salt: bytesOf(kdf.salt, 'salt'), iv: bytesOf(cipher.iv, 'IV'), ciphertext: bytesOf(file.content, 'content') };
  const plaintext = await decryptWithPassphrase(sealed, passphrase, fileHeader(SEED_VERSION, iterations));
  if (plaintext === undefined) return refuse('The passphrase is wrong, or the file was changed after it was exported.');
  let content: unknown;
  try {
    const portable: Portable = JSON.parse(new TextDecoder().decode(plaintext));
    content = fromPortable(portable);
  } catch {
    return refuse('The file decrypts, but its records are not readable.');
  }
  return isLoose(content) ? content : refuse('The file decrypts, but holds no records.');
}

interface MaterialContext {
  readonly key: Pick<KeyRecord, 'KeyId' | 'KeySpec' | 'KeyUsage'>;
  readonly seeded: ReadonlyMap<string, KeyRecord>;
  readonly seal: Sealer;
}

/** One material version made usable again: from its bytes, from its scalar or secret, or re-derived as the seed makes it. */
async function restoreMaterial(value: unknown, { key, seeded, seal }: MaterialContext): Promise<MaterialVersion> {
  if (!isLoose(value) || typeof value.version !== 'number' || typeof value.id !== 'string' || typeof value.createdAt !== 'number') {
    return refuse(`Key ${key.KeyId} has a material version without a version number, id or date.`);
  }
  const { material, secret, publicBytes, imported } = value;
  const base = {
    version: value.version,
    id: value.id,
    createdAt: value.createdAt,
    ...(isBytes(secret) ? { secret } : {}),
    ...(isBytes(publicBytes) ? { publicBytes } : {}),
    ...(isImportedTerms(imported) ? { imported } : {}),
  };
  if (isLoose(material)) {
    const { format, bytes } = material;
    if ((format !== 'raw' && format !== 'pkcs8') || !isBytes(bytes)) return refuse(`Key ${key.KeyId}'s material is neither raw bytes nor PKCS#8.`);
    try {
      return { ...base, ...(await heldMaterial(key.KeySpec, key.KeyUsage, format, bytes, seal)) };
    } catch {
      return refuse(`Key ${key.KeyId}'s material (version ${base.version}) is not ${key.KeySpec} key material.`);
    }
  }
  if (isBytes(secret)) {
    const fromScalar = ecSigningFromSecret(key.KeySpec, secret);
    return fromScalar === undefined ? { ...base, keys: {} } : { ...base, ...(await fromScalar) };
  }
  const seed = seeded.get(key.KeyId)?.materials.find((candidate) => candidate.version === base.version && candidate.id === base.id);
  if (seed === undefined) return refuse(`Key ${key.KeyId}'s material version ${base.version} is neither in the file nor an example key's.`);
  return { ...base, keys: seed.keys, ...(seed.publicKey === undefined ? {} : { publicKey: seed.publicKey }) };
}

async function restoreKey(value: Loose, seeded: ReadonlyMap<string, KeyRecord>, seal: Sealer): Promise<KeyRecord> {
  const { materials, importParameters, KeySpec, KeyUsage, ...fields } = value;
  const spec = keySpecValues.find((candidate) => candidate === KeySpec);
  const usage = keyUsageTypeValues.find((candidate) => candidate === KeyUsage);
  if (!isKeyFields(fields) || spec === undefined || usage === undefined || !Array.isArray(materials)) {
    return refuse(`The file holds a key (${String(value.KeyId)}) without the members every key has, a known KeySpec and KeyUsage, or its material.`);
  }
  const key = { ...fields, KeySpec: spec, KeyUsage: usage };
  const KeyId = key.KeyId;
  const restored: MaterialVersion[] = [];
  for (const material of materials) restored.push(await restoreMaterial(material, { key, seeded, seal }));
  // A wrapping key cannot be exported: only the seeded example's import parameters, re-derived, stay valid.
  const handles = Array.isArray(importParameters) ? importParameters.filter(isLoose).map((parameters) => parameters.handle).filter(isBytes) : [];
  const keptParameters: ImportParameters[] = (seeded.get(KeyId)?.importParameters ?? []).filter((parameters) =>
    handles.some((handle) => handle.length === parameters.handle.length && handle.every((byte, index) => byte === parameters.handle[index])),
  );
  const record: KeyRecord = { ...key, materials: restored };
  return keptParameters.length > 0 ? { ...record, importParameters: keptParameters } : record;
}

/**
 * Replaces the sandbox with a file exportSandbox wrote. Everything is read, decrypted and rebuilt first; the
 * store is only cleared and written once the whole file is known good, so a refused file changes nothing.
 */
export async function importSandbox(store: Store, text: string, passphrase: string, now: number): Promise<void> {
  const content = await readContent(text, passphrase);
  const seeded = await seededKeys(now);
  const sealingKey = await newSealingKey();
  const seal = sealWith(sealingKey);
  const keys: KeyRecord[] = [];
  for (const key of listOf(content, 'keys')) keys.push(await restoreKey(key, seeded, seal));
  // Shapes below are as exportSandbox wrote them; the ids they are stored under are checked.
  const aliases: AliasRecord[] = listOf(content, 'aliases').map((alias) => (isAliasRecord(alias) ? alias : refuse('The file holds an alias that is not one.')));
  const grants: GrantRecord[] = listOf(content, 'grants').map((grant) => (isGrantRecord(grant) ? grant : refuse('The file holds a grant that is not one.')));
  const keyStores: CustomKeyStoreRecord[] = listOf(content, 'customKeyStores').map((keyStore) =>
    isCustomKeyStoreRecord(keyStore) ? keyStore : refuse('The file holds a custom key store that is not one.'),
  );
  const meta: MetaRecord[] = listOf(content, 'meta').map((record) => (isMetaRecord(record) ? record : refuse('The file holds a sandbox setting this page does not know.')));
  if (!meta.some((record) => record.kind === 'seed' && record.version === SEED_VERSION)) return refuse('The file has no seed marker of this seed version.');

  await store.clear();
  await store.put('meta', SEALING_KEY, { kind: 'sealing-key', key: sealingKey });
  for (const keyStore of keyStores) await store.put('customKeyStores', keyStore.CustomKeyStoreId, keyStore);
  for (const key of keys) await store.put('keys', key.KeyId, key);
  for (const alias of aliases) await store.put('aliases', aliasArn(alias.AWSAccountId, alias.AliasName), alias);
  for (const grant of grants) await store.put('grants', grant.GrantId, grant);
  for (const record of meta) await store.put('meta', metaRecordId(record, SEED_MARKER), record);
}

import type { Bytes } from '../spec/Bytes';
import type { SealedMaterial } from '../store/records/KeyRecord';
import type { Store } from '../store/Store';

/** Seals key material as it is made, so an export can still read it once only non-extractable keys remain. */
export type Sealer = (format: SealedMaterial['format'], material: Bytes) => Promise<SealedMaterial>;

/** The meta record holding the sandbox's sealing key. */
export const SEALING_KEY = 'sealing-key';

/**
 * The sandbox's sealing key: AES-256-GCM, non-extractable, made on first use and stored with the records,
 * so only this sandbox's backend can unseal what it sealed. Its IVs come from crypto.getRandomValues, never
 * the injected random, so sealing leaves reproducible example values unchanged.
 */
export async function sealingKey(store: Store): Promise<CryptoKey> {
  const record = await store.get('meta', SEALING_KEY);
  if (record?.kind === 'sealing-key') return record.key;
  const key = await newSealingKey();
  await store.put('meta', SEALING_KEY, { kind: 'sealing-key', key });
  return key;
}

export function newSealingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const context = (format: SealedMaterial['format']): Bytes => new TextEncoder().encode(`qkms sealed key material/${format}`);

export function sealWith(key: CryptoKey): Sealer {
  return async (format, material) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: context(format) }, key, material));
    return { format, iv, ciphertext };
  };
}

export async function materialSealer(store: Store): Promise<Sealer> {
  return sealWith(await sealingKey(store));
}

/** The material a Sealer sealed; rejects when the key is not the one that sealed it. */
export async function unseal(key: CryptoKey, sealed: SealedMaterial): Promise<Bytes> {
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: context(sealed.format) }, key, sealed.ciphertext),
  );
}

/** `{ sealed }` to spread into a material version, or nothing where the backend was given no sealer. */
export async function sealedField(seal: Sealer | undefined, format: SealedMaterial['format'], material: Bytes): Promise<{ sealed?: SealedMaterial }> {
  return seal === undefined ? {} : { sealed: await seal(format, material) };
}

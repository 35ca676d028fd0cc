import type { Store } from '../../../../mock-server';

/** A key's public key (SPKI DER) read from the store, as GetPublicKey would return it. */
export async function publicKeyOf(store: Store, keyId: string): Promise<Buffer> {
  const record = await store.get('keys', keyId);
  const publicKey = record?.materials[0].publicKey;
  if (!publicKey) throw new Error(`${keyId} has no public key in the store`);
  return Buffer.from(await crypto.subtle.exportKey('spki', publicKey));
}

import { toHex } from '../../crypto/hex';
import type { Bytes, EncryptionContext } from '../../spec';
import type { Store } from '../../store/Store';

/** The meta record that remembers which encryption context recent ciphertexts were made with (see records/MetaRecord). */
export const CIPHERTEXT_CONTEXTS = 'ciphertext-contexts';

/** Enough for a reader's session; the record is rewritten on every encryption, so it stays small. */
export const KEPT_CIPHERTEXT_CONTEXTS = 100;

/**
 * Remembers the context a symmetric ciphertext was made with, by its IV (random, so unique per
 * ciphertext). Only the sandbox's hints read it: the envelope authenticates the context but does not
 * carry it, and a reader whose Decrypt fails wants to know which context to send. Contexts are not secret.
 */
export async function noteCiphertextContext(store: Store, iv: Bytes, context: EncryptionContext | undefined): Promise<void> {
  const known = await store.get('meta', CIPHERTEXT_CONTEXTS);
  const entries = known?.kind === 'ciphertext-contexts' ? known.entries : [];
  const entry = { iv: toHex(iv), context: { ...context } };
  await store.put('meta', CIPHERTEXT_CONTEXTS, { kind: 'ciphertext-contexts', entries: [entry, ...entries].slice(0, KEPT_CIPHERTEXT_CONTEXTS) });
}

/** The context the ciphertext with this IV was made with, or undefined when the sandbox no longer remembers it. */
export async function ciphertextContextOf(store: Store, iv: Bytes): Promise<EncryptionContext | undefined> {
  const known = await store.get('meta', CIPHERTEXT_CONTEXTS);
  const wanted = toHex(iv);
  return known?.kind === 'ciphertext-contexts' ? known.entries.find((entry) => entry.iv === wanted)?.context : undefined;
}

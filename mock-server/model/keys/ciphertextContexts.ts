import { toHex } from '../../crypto/hex';
import type { Bytes, EncryptionContext } from '../../spec';
import type { MetaRecord } from '../../store/records/MetaRecord';
import type { Store } from '../../store/Store';

/** The meta record that says which slot the next remembered context goes to (see records/MetaRecord). */
export const CIPHERTEXT_CONTEXT_CURSOR = 'ciphertext-context-cursor';

/** The meta record of one remembered context: slots 0 to KEPT_CIPHERTEXT_CONTEXTS - 1, reused in turn. */
export const ciphertextContextId = (slot: number) => `ciphertext-context:${slot}`;

/** Where an older backend kept every remembered context in one record, rewritten on each encryption. */
const LEGACY_CIPHERTEXT_CONTEXTS = 'ciphertext-contexts';

/** Enough for a reader's session. */
export const KEPT_CIPHERTEXT_CONTEXTS = 100;

/**
 * Remembers the context a symmetric ciphertext was made with, by its IV (random, so unique per
 * ciphertext). Only the sandbox's hints read it: the envelope authenticates the context but does not
 * carry it, and a reader whose Decrypt fails wants to know which context to send. Contexts are not secret.
 * One small record per context in a ring of slots, so an encryption writes two small records instead
 * of copying and rewriting every remembered context.
 */
export async function noteCiphertextContext(store: Store, iv: Bytes, context: EncryptionContext | undefined): Promise<void> {
  const cursor = await store.get('meta', CIPHERTEXT_CONTEXT_CURSOR);
  const slot = cursor?.kind === 'ciphertext-context-cursor' ? cursor.next % KEPT_CIPHERTEXT_CONTEXTS : 0;
  await store.put('meta', ciphertextContextId(slot), { kind: 'ciphertext-context', slot, iv: toHex(iv), context: { ...context } });
  await store.put('meta', CIPHERTEXT_CONTEXT_CURSOR, { kind: 'ciphertext-context-cursor', next: (slot + 1) % KEPT_CIPHERTEXT_CONTEXTS });
}

/** The context the ciphertext with this IV was made with, or undefined when the sandbox no longer remembers it. */
export async function ciphertextContextOf(store: Store, iv: Bytes): Promise<EncryptionContext | undefined> {
  const wanted = toHex(iv);
  for (const record of await store.list('meta')) {
    if (record.kind === 'ciphertext-context' && record.iv === wanted) return record.context;
  }
  const legacy = await store.get('meta', LEGACY_CIPHERTEXT_CONTEXTS);
  return legacy?.kind === 'ciphertext-contexts' ? legacy.entries.find((entry) => entry.iv === wanted)?.context : undefined;
}

/** The id a meta record is stored under, for a record read back from a sandbox file. */
export function metaRecordId(record: MetaRecord, seedMarker: string): string {
  if (record.kind === 'seed') return seedMarker;
  if (record.kind === 'ciphertext-context') return ciphertextContextId(record.slot);
  return record.kind;
}

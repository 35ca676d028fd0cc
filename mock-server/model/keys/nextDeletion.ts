import type { Store } from '../../store/Store';

/** The meta record that holds the earliest pending DeletionDate (see records/MetaRecord). */
export const NEXT_DELETION = 'next-deletion';

/**
 * The earliest DeletionDate (epoch milliseconds) of any key pending deletion, null when none is,
 * undefined when not known yet (a fresh store: the next purge scans every key and writes it).
 */
export async function readNextDeletion(store: Store): Promise<number | null | undefined> {
  const record = await store.get('meta', NEXT_DELETION);
  return record?.kind === 'next-deletion' ? record.at : undefined;
}

export const writeNextDeletion = (store: Store, at: number | null): Promise<void> =>
  store.put('meta', NEXT_DELETION, { kind: 'next-deletion', at });

/** Records that a key will be deleted at `at`, if that is sooner than the known next deletion. */
export async function noteDeletionDate(store: Store, at: number): Promise<void> {
  const known = await readNextDeletion(store);
  // Unknown stays unknown: the scan it triggers will see this key too.
  if (known !== undefined && (known === null || at < known)) await writeNextDeletion(store, at);
}

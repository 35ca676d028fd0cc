import type { Store } from '../store/Store';

/**
 * Meta record `next-deletion`: `{ at }`, the earliest DeletionDate (epoch milliseconds) of any
 * key pending deletion, or null when none is. It lets each request decide with one small read
 * whether a purge is due, instead of reading every key. A missing record means "not known yet"
 * (a fresh or older store): the next request scans and writes it.
 */
export const NEXT_DELETION = 'next-deletion';

export interface NextDeletion {
  readonly at: number | null;
}

/** Records that a key will be deleted at `at`, if that is sooner than the known next deletion. */
export async function noteDeletionDate(store: Store, at: number): Promise<void> {
  const known = await store.get<NextDeletion>('meta', NEXT_DELETION);
  // Unknown stays unknown: the scan it triggers will see this key too.
  if (known !== undefined && (known.at === null || at < known.at)) await store.put<NextDeletion>('meta', NEXT_DELETION, { at });
}

import type { Store } from '../../store/Store';

/** The meta record that holds the earliest automatic rotation date (see records/MetaRecord). */
export const NEXT_ROTATION = 'next-rotation';

/**
 * The earliest NextRotationDate (epoch milliseconds) of any enabled key with automatic rotation on,
 * null when there is none, undefined when not known yet (the next sweep scans every key and writes it).
 */
export async function readNextRotation(store: Store): Promise<number | null | undefined> {
  const record = await store.get('meta', NEXT_ROTATION);
  return record?.kind === 'next-rotation' ? record.at : undefined;
}

export const writeNextRotation = (store: Store, at: number | null): Promise<void> =>
  store.put('meta', NEXT_ROTATION, { kind: 'next-rotation', at });

/** Records that a key rotates automatically at `at`, if that is sooner than the known next rotation. */
export async function noteRotationDate(store: Store, at: number): Promise<void> {
  const known = await readNextRotation(store);
  // Unknown stays unknown: the scan it triggers will see this key too.
  if (known !== undefined && (known === null || at < known)) await writeNextRotation(store, at);
}

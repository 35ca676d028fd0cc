import type { Store } from '../../store/Store';

/** The meta record that holds the earliest ValidTo of imported material (see records/MetaRecord). */
export const NEXT_MATERIAL_EXPIRY = 'next-material-expiry';

/** The earliest ValidTo (epoch milliseconds) of any expiring imported material, null when none, undefined when not known yet. */
export async function readNextMaterialExpiry(store: Store): Promise<number | null | undefined> {
  const record = await store.get('meta', NEXT_MATERIAL_EXPIRY);
  return record?.kind === 'next-material-expiry' ? record.at : undefined;
}

export const writeNextMaterialExpiry = (store: Store, at: number | null): Promise<void> =>
  store.put('meta', NEXT_MATERIAL_EXPIRY, { kind: 'next-material-expiry', at });

/** Records that imported material expires at `at`, if that is sooner than the known next expiry. */
export async function noteMaterialExpiry(store: Store, at: number): Promise<void> {
  const known = await readNextMaterialExpiry(store);
  // Unknown stays unknown: the scan it triggers will see this key too.
  if (known !== undefined && (known === null || at < known)) await writeNextMaterialExpiry(store, at);
}

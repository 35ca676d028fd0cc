import { SEED_MARKER, SEED_VERSION } from '../../sandbox/seedSandbox';
import type { Store } from '../../store/Store';
import { DataDirError } from './DataDirError';

/**
 * The backend clears a sandbox seeded under another seed version and seeds it again (right for a
 * browser's scratch sandbox). Kept keys must never go that way: a data directory whose records were
 * written under another seed version (and so perhaps in another shape) stops the start instead.
 */
export async function checkSeedVersion(store: Store, directory: string): Promise<void> {
  const marker = await store.get('meta', SEED_MARKER);
  if (marker === undefined) return;
  if (marker.kind !== 'seed' || marker.version !== SEED_VERSION) {
    const version = marker.kind === 'seed' ? String(marker.version) : 'unknown';
    throw new DataDirError(
      directory,
      `the records were written by a QKMS whose sandbox records have version ${version}; this server's have version ${SEED_VERSION}, perhaps in another shape.`,
      'Run the QKMS version that wrote them, or give this server another --data-dir. The directory was left as it is.',
    );
  }
}

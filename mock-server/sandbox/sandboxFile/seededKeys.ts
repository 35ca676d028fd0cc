import { createMemoryStore } from '../../store/memoryStore';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { seedSandbox } from '../seedSandbox';

/** The example keys as a fresh seed makes them, by KeyId: their material is deterministic, so a file need not carry it. */
export async function seededKeys(now: number): Promise<ReadonlyMap<string, KeyRecord>> {
  const store = createMemoryStore();
  await seedSandbox(store, now);
  return new Map((await store.list('keys')).map((key) => [key.KeyId, key]));
}

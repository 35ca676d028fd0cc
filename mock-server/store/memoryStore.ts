import { copyRecord } from './copyRecord';
import type { Collection, RecordsByCollection, Store, StoreRecords } from './Store';

type Maps<Records extends RecordsByCollection> = { readonly [C in Collection]: Map<string, Records[C]> };

/**
 * The default store: Maps per collection. Values are deep-copied in (refusing what structured clone,
 * and so IndexedDB, would refuse) and out, so neither the backend nor a caller can change a stored
 * record by mutating an object it holds. Copies share the immutable CryptoKey handles instead of
 * cloning them (see copyRecord).
 */
export function createMemoryStore<Records extends RecordsByCollection = StoreRecords>(): Store<Records> {
  const maps: Maps<Records> = { keys: new Map(), grants: new Map(), aliases: new Map(), meta: new Map(), customKeyStores: new Map() };
  return {
    async get<C extends Collection>(name: C, id: string) {
      const value = maps[name].get(id);
      return value === undefined ? undefined : copyRecord(value);
    },
    async put<C extends Collection>(name: C, id: string, value: Records[C]) {
      maps[name].set(id, copyRecord(value));
    },
    async delete(name: Collection, id: string) {
      maps[name].delete(id);
    },
    async list<C extends Collection>(name: C) {
      return [...maps[name].values()].map((value) => copyRecord(value));
    },
    async clear() {
      for (const map of Object.values(maps)) map.clear();
    },
  };
}

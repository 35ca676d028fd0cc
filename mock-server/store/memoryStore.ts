import { copyRecord } from './copyRecord';
import type { Collection, Store } from './Store';

/**
 * The default store: Maps per collection. Values are structured-cloned in (so a value IndexedDB
 * would refuse is refused here too) and deep-copied out, so neither the backend nor a caller can
 * change a stored record by mutating an object it holds. Reads share the immutable CryptoKey
 * handles instead of cloning them again (see copyRecord).
 */
export function createMemoryStore(): Store {
  const collections = new Map<Collection, Map<string, unknown>>();
  const collection = (name: Collection) => {
    let map = collections.get(name);
    if (!map) {
      map = new Map();
      collections.set(name, map);
    }
    return map;
  };
  return {
    async get<T>(name: Collection, id: string) {
      const value = collection(name).get(id);
      return value === undefined ? undefined : (copyRecord(value) as T);
    },
    async put<T>(name: Collection, id: string, value: T) {
      collection(name).set(id, structuredClone(value));
    },
    async delete(name: Collection, id: string) {
      collection(name).delete(id);
    },
    async list<T>(name: Collection) {
      return [...collection(name).values()].map((value) => copyRecord(value) as T);
    },
    async clear() {
      collections.clear();
    },
  };
}

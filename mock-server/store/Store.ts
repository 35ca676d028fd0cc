/**
 * Persistence for the backend's records. Values are plain structured-clonable objects
 * (CryptoKey included), so the same records live in memory, in IndexedDB, or anywhere
 * structured clone reaches. The backend owns the record shapes; a store only keeps them.
 */
export type Collection = 'keys' | 'grants' | 'aliases' | 'meta';

export interface Store {
  get<T>(collection: Collection, id: string): Promise<T | undefined>;
  put<T>(collection: Collection, id: string, value: T): Promise<void>;
  delete(collection: Collection, id: string): Promise<void>;
  /** Every value in the collection, in insertion order where the store can keep it. */
  list<T>(collection: Collection): Promise<T[]>;
  /** Removes every record in every collection. */
  clear(): Promise<void>;
  /**
   * The Web Lock every backend on these records takes for a whole request, so requests from
   * different tabs cannot interleave their reads and writes. Undefined for a store no other
   * backend instance can reach (memory), where an in-process queue is enough.
   */
  readonly lockName?: string;
}

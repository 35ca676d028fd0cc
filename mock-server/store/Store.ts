import type { AliasRecord } from './records/AliasRecord';
import type { CustomKeyStoreRecord } from './records/CustomKeyStoreRecord';
import type { GrantRecord } from './records/GrantRecord';
import type { KeyRecord } from './records/KeyRecord';
import type { MetaRecord } from './records/MetaRecord';

/** What each collection holds. */
export interface StoreRecords {
  readonly keys: KeyRecord;
  readonly grants: GrantRecord;
  readonly aliases: AliasRecord;
  readonly meta: MetaRecord;
  readonly customKeyStores: CustomKeyStoreRecord;
}

export type Collection = keyof StoreRecords;

/** What a store may hold per collection; the backend's stores hold StoreRecords, a store's own tests anything. */
export type RecordsByCollection = { readonly [C in Collection]: unknown };

/**
 * Persistence for the backend's records. Values are plain structured-clonable objects
 * (CryptoKey included), so the same records live in memory, in IndexedDB, or anywhere
 * structured clone reaches. The records' shapes are in records/; a store only keeps them.
 */
export interface Store<Records extends RecordsByCollection = StoreRecords> {
  get<C extends Collection>(collection: C, id: string): Promise<Records[C] | undefined>;
  put<C extends Collection>(collection: C, id: string, value: Records[C]): Promise<void>;
  delete(collection: Collection, id: string): Promise<void>;
  /** Every value in the collection, in insertion order where the store can keep it. */
  list<C extends Collection>(collection: C): Promise<Records[C][]>;
  /** Removes every record in every collection. */
  clear(): Promise<void>;
  /**
   * The Web Lock every backend on these records takes for a whole request, so requests from
   * different tabs cannot interleave their reads and writes. Undefined for a store no other
   * backend instance can reach (memory), where an in-process queue is enough.
   */
  readonly lockName?: string;
  /**
   * Makes every write since the last commit durable as one unit. createQkms calls it when each
   * request (or reset) has run, before answering, so a request's writes survive a crash together
   * or not at all; when it rejects, the writes are undone and the request fails. Undefined for a
   * store whose every write is already where it stays (memory). IndexedDB writes here, in one transaction.
   */
  commit?(): Promise<void>;
}

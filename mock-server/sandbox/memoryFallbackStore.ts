import { aliasArn } from '../model/identity/account';
import { createMemoryStore } from '../store/memoryStore';
import type { Collection, Store, StoreRecords } from '../store/Store';
import { SEED_MARKER } from './seedSandbox';

const COLLECTIONS: readonly Collection[] = ['keys', 'grants', 'aliases', 'meta', 'customKeyStores'];

/** The id each record is stored under, as the operations and the seed put it. */
const idOf: { readonly [C in Collection]: (record: StoreRecords[C]) => string } = {
  keys: (key) => key.KeyId,
  grants: (grant) => grant.GrantId,
  aliases: (alias) => aliasArn(alias.AWSAccountId, alias.AliasName),
  customKeyStores: (keyStore) => keyStore.CustomKeyStoreId,
  meta: (meta) => (meta.kind === 'seed' ? SEED_MARKER : meta.kind),
};

/** True when the error, or any error it wraps, is the browser saying its storage is full. */
export function isQuotaExceeded(error: unknown): boolean {
  // DOMException is an Error in browsers and Node, so one chain walk covers IndexedDB's own errors and their wrappers.
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'QuotaExceededError') return true;
  }
  return false;
}

export interface MemoryFallbackStoreOptions {
  /** Called once, when the store has moved to memory, with why. */
  readonly onFallback: (reason: string) => void;
}

/**
 * A persistent store that moves to memory when the browser refuses a write because its storage is
 * full: what the persistent store holds is copied into a memory store, the refused writes are made
 * there, and every later call goes to memory. The request that hit the quota answers as if nothing
 * happened; the sandbox keeps its keys until the tab closes instead of failing every request.
 * The refusal comes at the write, or at commit() for a store that writes there (IndexedDB): then the
 * request's writes since the last commit are made again in memory, on what the persistent store kept.
 */
export function createMemoryFallbackStore(primary: Store, options: MemoryFallbackStoreOptions): Store {
  let current: Store = primary;
  let moving: Promise<Store> | undefined;
  /** The writes since the primary's last commit, to make again in memory if the commit is refused. */
  let uncommitted: ((store: Store) => Promise<void>)[] = [];

  async function moveToMemory(): Promise<Store> {
    moving ??= (async () => {
      const memory = createMemoryStore();
      for (const collection of COLLECTIONS) await copyCollection(collection, memory);
      current = memory;
      options.onFallback("QuotaExceededError: the browser's storage for this site is full");
      return memory;
    })();
    return moving;
  }

  async function copyCollection<C extends Collection>(collection: C, memory: Store): Promise<void> {
    for (const record of await primary.list(collection)) await memory.put(collection, idOf[collection](record), record);
  }

  async function write(action: (store: Store) => Promise<void>): Promise<void> {
    const store = current;
    try {
      await action(store);
      if (store === primary && primary.commit !== undefined) uncommitted.push(action);
    } catch (error) {
      if (store !== primary || !isQuotaExceeded(error)) throw error;
      await action(await moveToMemory());
    }
  }

  async function commit(): Promise<void> {
    const store = current;
    const writes = uncommitted;
    uncommitted = [];
    if (store !== primary || primary.commit === undefined) return;
    try {
      await primary.commit();
    } catch (error) {
      if (!isQuotaExceeded(error)) throw error;
      // The refused commit wrote nothing: memory starts from what the primary kept, then gets this request's writes.
      const memory = await moveToMemory();
      for (const action of writes) await action(memory);
    }
  }

  return {
    get lockName() {
      return primary.lockName;
    },
    get: (collection, id) => current.get(collection, id),
    list: (collection) => current.list(collection),
    put: (collection, id, value) => write((store) => store.put(collection, id, value)),
    delete: (collection, id) => write((store) => store.delete(collection, id)),
    clear: () => write((store) => store.clear()),
    commit,
  };
}

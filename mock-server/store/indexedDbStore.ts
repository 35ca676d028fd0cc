import type { Collection, RecordsByCollection, Store, StoreRecords } from './Store';

export interface IndexedDbStoreOptions {
  /** Database name; one sandbox per name. Defaults to 'qkms'. */
  readonly name?: string;
  /** Defaults to globalThis.indexedDB; tests pass fake-indexeddb's IDBFactory. */
  readonly indexedDB?: IDBFactory;
}

const COLLECTIONS: readonly Collection[] = ['keys', 'grants', 'aliases', 'meta', 'customKeyStores'];

/**
 * Schema version 1: one object store per collection, holding rows `{ id, order, value }`
 * keyed by `id`, with the index `byOrder` on `order`. IndexedDB returns records sorted by
 * key, so the order index is what lets list() keep insertion order as the memory store does.
 * `value` is stored by structured clone, so CryptoKey objects persist, still non-extractable.
 * A later schema bumps SCHEMA_VERSION and migrates in upgrade() by `oldVersion`.
 * Version 2 adds the `customKeyStores` object store; a version 1 database keeps its rows.
 */
const SCHEMA_VERSION = 2;
const ORDER_INDEX = 'byOrder';

interface Row<T> {
  readonly id: string;
  readonly order: number;
  readonly value: T;
}

/** A Store in the browser's IndexedDB: each call is one transaction, settled when it commits. */
export function createIndexedDbStore<Records extends RecordsByCollection = StoreRecords>(
  options: IndexedDbStoreOptions = {},
): Store<Records> {
  const name = options.name ?? 'qkms';
  const factory = options.indexedDB ?? globalThis.indexedDB;
  let opening: Promise<IDBDatabase> | undefined;

  function database(): Promise<IDBDatabase> {
    if (factory === undefined) {
      return Promise.reject(new Error('IndexedDB is not available here; pass options.indexedDB to createIndexedDbStore.'));
    }
    opening ??= openDatabase(factory, name).then(
      (db) => {
        // Another tab upgrading, or the browser deleting the data: let go so the next call reopens.
        const forget = (): void => {
          db.close();
          opening = undefined;
        };
        db.onversionchange = forget;
        db.onclose = forget;
        return db;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  }

  async function transact<R>(
    collections: readonly Collection[],
    mode: IDBTransactionMode,
    action: string,
    body: (tx: IDBTransaction, guard: (step: () => void) => () => void) => () => R,
  ): Promise<R> {
    const db = await database();
    return new Promise<R>((resolve, reject) => {
      let failure: unknown;
      let tx: IDBTransaction;
      try {
        tx = db.transaction([...collections], mode);
      } catch (error) {
        reject(storeError(name, action, error));
        return;
      }
      // A throw inside a request callback (e.g. a value structured clone refuses) must abort, not vanish.
      const guard = (step: () => void) => (): void => {
        try {
          step();
        } catch (error) {
          failure = error;
          tx.abort();
        }
      };
      let result: () => R = () => {
        throw new Error('unreachable: transaction completed before its body ran');
      };
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => reject(storeError(name, action, failure ?? tx.error));
      guard(() => {
        result = body(tx, guard);
      })();
    });
  }

  return {
    // Every tab of the profile opens this same database, so the lock is per database name.
    lockName: `qkms-store:${name}`,

    get<C extends Collection>(collection: C, id: string): Promise<Records[C] | undefined> {
      return transact([collection], 'readonly', `get '${id}' from '${collection}'`, (tx) => {
        const request = tx.objectStore(collection).get(id);
        return () => {
          const row: Row<Records[C]> | undefined = request.result;
          return row?.value;
        };
      });
    },

    put<C extends Collection>(collection: C, id: string, value: Records[C]): Promise<void> {
      return transact([collection], 'readwrite', `put '${id}' into '${collection}'`, (tx, guard) => {
        const records = tx.objectStore(collection);
        const existing = records.get(id);
        existing.onsuccess = guard(() => {
          const found: Row<Records[C]> | undefined = existing.result;
          if (found !== undefined) {
            records.put({ id, order: found.order, value } satisfies Row<Records[C]>);
            return;
          }
          const last = records.index(ORDER_INDEX).openKeyCursor(null, 'prev');
          last.onsuccess = guard(() => {
            const order = last.result === null ? 0 : Number(last.result.key) + 1;
            records.put({ id, order, value } satisfies Row<Records[C]>);
          });
        });
        return () => undefined;
      });
    },

    delete(collection: Collection, id: string): Promise<void> {
      return transact([collection], 'readwrite', `delete '${id}' from '${collection}'`, (tx) => {
        tx.objectStore(collection).delete(id);
        return () => undefined;
      });
    },

    list<C extends Collection>(collection: C): Promise<Records[C][]> {
      return transact([collection], 'readonly', `list '${collection}'`, (tx) => {
        const request = tx.objectStore(collection).index(ORDER_INDEX).getAll();
        return () => {
          const rows: Row<Records[C]>[] = request.result;
          return rows.map((row) => row.value);
        };
      });
    },

    clear(): Promise<void> {
      return transact(COLLECTIONS, 'readwrite', 'clear every collection', (tx) => {
        for (const collection of COLLECTIONS) tx.objectStore(collection).clear();
        return () => undefined;
      });
    },
  };
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let settled = false;
    const request = factory.open(name, SCHEMA_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      if (settled) {
        // The caller already got the "blocked" error; do not leak the connection that arrived late.
        request.result.close();
        return;
      }
      settled = true;
      resolve(request.result);
    };
    request.onerror = () => {
      settled = true;
      reject(new Error(`Cannot open IndexedDB database '${name}': ${describe(request.error)}`));
    };
    request.onblocked = () => {
      settled = true;
      reject(
        new Error(
          `IndexedDB database '${name}' is blocked: another tab or connection still has an older version open. Close it and try again.`,
        ),
      );
    };
  });
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  // Each version creates only the object stores it added, so an upgrade keeps every existing row.
  const added: Readonly<Record<number, readonly Collection[]>> = {
    1: ['keys', 'grants', 'aliases', 'meta'],
    2: ['customKeyStores'],
  };
  for (let version = oldVersion + 1; version <= SCHEMA_VERSION; version += 1) {
    for (const collection of added[version] ?? []) {
      db.createObjectStore(collection, { keyPath: 'id' }).createIndex(ORDER_INDEX, 'order');
    }
  }
}

function storeError(name: string, action: string, cause: unknown): Error {
  return new Error(`IndexedDB '${name}': ${action} failed: ${describe(cause)}`, { cause });
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return `${error.name}: ${error.message}`;
  }
  return error === null || error === undefined ? 'unknown error' : String(error);
}

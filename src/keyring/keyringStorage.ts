import { isKeyringEntry } from './isKeyringEntry';
import type { KeyringEntry } from './KeyringEntry';

export type KeyringStorageKind = 'indexeddb' | 'memory';

/** Where the keyring's stored entries live: one list, changed in one transaction at a time. */
export interface KeyringStorage {
  readonly kind: KeyringStorageKind;
  read(): Promise<readonly KeyringEntry[]>;
  /** Reads, changes and writes the list in one transaction, so two tabs recording at once both keep their entries. */
  update(change: (entries: readonly KeyringEntry[]) => readonly KeyringEntry[]): Promise<readonly KeyringEntry[]>;
}

const DATABASE = 'qkms-keyring';
const STORE = 'keyring';
const LIST_KEY = 'entries';

/** The keyring for a browser without IndexedDB: gone when the tab closes, like the sandbox it goes with. */
export function memoryKeyringStorage(): KeyringStorage {
  let entries: readonly KeyringEntry[] = [];
  return {
    kind: 'memory',
    read: () => Promise.resolve(entries),
    update: (change) => {
      entries = change(entries);
      return Promise.resolve(entries);
    },
  };
}

const settled = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return settled(request);
}

const entriesIn = (value: unknown): readonly KeyringEntry[] => (Array.isArray(value) ? value.filter(isKeyringEntry) : []);

function indexedDbKeyringStorage(database: IDBDatabase): KeyringStorage {
  const transact = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> => {
    const transaction = database.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    return work(transaction.objectStore(STORE)).then(async (result) => {
      await done;
      return result;
    });
  };
  return {
    kind: 'indexeddb',
    read: () => transact('readonly', async (store) => entriesIn(await settled(store.get(LIST_KEY)))),
    update: (change) =>
      transact('readwrite', async (store) => {
        const next = change(entriesIn(await settled(store.get(LIST_KEY))));
        // Plaintext never reaches storage, whatever the caller passed.
        const kept = next.filter((entry) => !entry.tabOnly);
        store.put(kept, LIST_KEY);
        return kept;
      }),
  };
}

/** The keyring's storage: its own IndexedDB database, or memory where the browser refuses IndexedDB (private modes). */
export async function openKeyringStorage(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<KeyringStorage> {
  if (factory === undefined) return memoryKeyringStorage();
  try {
    const storage = indexedDbKeyringStorage(await openDatabase(factory));
    await storage.read();
    return storage;
  } catch {
    return memoryKeyringStorage();
  }
}

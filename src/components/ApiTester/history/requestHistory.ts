import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { readSavedRequest } from '../model/savedRequest';
import type { HistoryEntry, NewHistoryEntry } from './HistoryEntry';

/** The sandbox's request history, newest first, capped; every tab of the sandbox reads the same one. */
export interface RequestHistory {
  readonly storage: 'indexeddb' | 'memory';
  add(entry: NewHistoryEntry): Promise<void>;
  list(): Promise<HistoryEntry[]>;
  clear(): Promise<void>;
}

export interface RequestHistoryOptions {
  /** Defaults to 'qkms-sandbox-history', beside the sandbox's own 'qkms-sandbox' database. */
  readonly name?: string;
  /** Defaults to globalThis.indexedDB; tests pass fake-indexeddb's. */
  readonly indexedDB?: IDBFactory;
  /** Entries kept; older ones are dropped as new ones come. */
  readonly limit?: number;
}

export const HISTORY_LIMIT = 200;
const STORE = 'entries';

/** An entry read back, or undefined when a row is not one this version wrote (it is skipped, not trusted). */
function entryFrom(id: number, value: JsonValue): HistoryEntry | undefined {
  if (!isJsonObject(value) || typeof value.at !== 'number' || typeof value.durationMs !== 'number') return undefined;
  const request = value.request === undefined ? 'missing' : readSavedRequest(value.request);
  if (typeof request === 'string') return undefined;
  const { status, errorType } = value;
  return {
    id,
    at: value.at,
    request,
    durationMs: value.durationMs,
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof errorType === 'string' ? { errorType } : {}),
  };
}

/** History in memory: where IndexedDB is unavailable, it lasts as long as the page. */
export function createMemoryHistory(limit = HISTORY_LIMIT): RequestHistory {
  let entries: HistoryEntry[] = [];
  let lastId = 0;
  return {
    storage: 'memory',
    add: async (entry) => {
      lastId += 1;
      entries = [{ ...entry, id: lastId }, ...entries].slice(0, limit);
    },
    list: async () => [...entries],
    clear: async () => {
      entries = [];
    },
  };
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    // Auto-incremented keys order the entries by when they were added, in whichever tab.
    request.result.createObjectStore(STORE, { autoIncrement: true });
  };
  return settle(request);
}

/** History in its own IndexedDB database, so resetting or replacing the sandbox's records never touches it by accident. */
export async function createIndexedDbHistory(options: RequestHistoryOptions = {}): Promise<RequestHistory> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (factory === undefined) throw new Error('IndexedDB is not available here.');
  const limit = options.limit ?? HISTORY_LIMIT;
  const db = await openDatabase(factory, options.name ?? 'qkms-sandbox-history');
  return {
    storage: 'indexeddb',
    add: async (entry) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const done = completion(tx);
      store.add(entry);
      const count = await settle(store.count());
      let excess = count - limit;
      if (excess > 0) {
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const current = cursor.result;
          if (current === null || excess <= 0) return;
          current.delete();
          excess -= 1;
          current.continue();
        };
      }
      await done;
    },
    list: async () => {
      const tx = db.transaction(STORE, 'readonly');
      const entries: HistoryEntry[] = [];
      const cursor = tx.objectStore(STORE).openCursor(null, 'prev');
      await new Promise<void>((resolve, reject) => {
        cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
        cursor.onsuccess = () => {
          const current = cursor.result;
          if (current === null || entries.length >= limit) {
            resolve();
            return;
          }
          const value: JsonValue = current.value;
          const entry = typeof current.key === 'number' ? entryFrom(current.key, value) : undefined;
          if (entry !== undefined) entries.push(entry);
          current.continue();
        };
      });
      return entries;
    },
    clear: async () => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).clear();
      await completion(tx);
    },
  };
}

/** IndexedDB when the browser allows it, memory otherwise (private browsing, blocked storage). */
export async function openRequestHistory(options: RequestHistoryOptions = {}): Promise<RequestHistory> {
  try {
    return await createIndexedDbHistory(options);
  } catch {
    return createMemoryHistory(options.limit);
  }
}

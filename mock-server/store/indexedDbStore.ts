import { copyRecord } from './copyRecord';
import type { HeldLocks } from './heldLocks';
import type { Collection, RecordsByCollection, Store, StoreRecords } from './Store';

export interface IndexedDbStoreOptions {
  /** Database name; one sandbox per name. Defaults to 'qkms'. */
  readonly name?: string;
  /** Defaults to globalThis.indexedDB; tests pass fake-indexeddb's IDBFactory. */
  readonly indexedDB?: IDBFactory;
  /**
   * The locks createQkms runs this store's requests under, when they keep the lock between requests: while the
   * hold that last checked the copy lasts, no other tab can have committed, so reads skip that check.
   */
  readonly locks?: Pick<HeldLocks, 'holding'>;
}

const COLLECTIONS: readonly Collection[] = ['keys', 'grants', 'aliases', 'meta', 'customKeyStores'];

/**
 * Schema version 1: one object store per collection, holding rows `{ id, order, value }`
 * keyed by `id`, with the index `byOrder` on `order`. IndexedDB returns records sorted by
 * key, so the order index is what lets list() keep insertion order as the memory store does.
 * `value` is stored by structured clone, so CryptoKey objects persist, still non-extractable.
 * A later schema bumps SCHEMA_VERSION and migrates in upgrade() by `oldVersion`.
 * Version 2 adds the `customKeyStores` object store; a version 1 database keeps its rows.
 * Version 3 adds `cryptoKeys`, rows `{ id, value: CryptoKey }`: a record's CryptoKeys are stored there once and
 * the record's row holds `{ [CRYPTO_KEY_REF]: id }` in their place, so rewriting a key record (its last use,
 * on every Encrypt or Sign) does not serialize its key material again, the costly part of an RSA key's write.
 * Rows of version 2 keep their CryptoKeys inline, which reads as well; their next write moves them.
 */
const SCHEMA_VERSION = 3;
const CRYPTO_KEYS = 'cryptoKeys';
const CRYPTO_KEY_REF = '\u0000cryptoKey';
const ORDER_INDEX = 'byOrder';

interface Row<T> {
  readonly id: string;
  readonly order: number;
  readonly value: T;
}

/**
 * The row in `meta` that changes with every commit, so a store can tell whether another tab wrote since it
 * last read. Not a record: list() and get() never show it, and its order (-1) is below every record's.
 */
const GENERATION_ID = '\u0000generation';
interface GenerationRow {
  readonly id: typeof GENERATION_ID;
  readonly order: -1;
  readonly value: string;
}

type Mirror = { readonly [C in Collection]: Map<string, { readonly order: number; readonly value: unknown }> };

interface CryptoKeyRow {
  readonly id: string;
  readonly value: CryptoKey;
}

type Write =
  | { readonly kind: 'put'; readonly collection: Collection; readonly id: string; readonly order: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly collection: Collection; readonly id: string }
  | { readonly kind: 'clear' };

/**
 * A Store in the browser's IndexedDB, built for a request's reads and writes at memory speed with one
 * transaction to write them:
 * - Reads come from a copy of the whole database this store keeps (the sandbox is small). The first read
 *   after a commit checks in one small transaction that no other tab committed since (the generation row),
 *   and reloads the copy in one transaction when one did. createQkms runs each request under the store's
 *   Web Lock and commits at its end, so within a request no other tab can write; with options.locks, not
 *   between requests either while the lock is kept, and the check is skipped.
 * - Writes change the copy and wait for commit(), which makes them durable in ONE readwrite transaction,
 *   with a new generation; when it fails nothing was written, the copy is dropped (the next read reloads
 *   it) and the request fails. A commit with nothing to write writes nothing.
 * A caller reading outside createQkms (outside the lock) calls commit() after, so the next request checks again.
 */
export function createIndexedDbStore<Records extends RecordsByCollection = StoreRecords>(
  options: IndexedDbStoreOptions = {},
): Store<Records> {
  const name = options.name ?? 'qkms';
  const lockName = `qkms-store:${name}`;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  let opening: Promise<IDBDatabase> | undefined;
  let mirror: Mirror | undefined;
  /** The generation the mirror holds; undefined for a database no commit of this version has marked. */
  let generation: string | undefined;
  /** Whether the mirror was checked against the database since the last commit. */
  let checked = false;
  /** The hold of the lock (options.locks) during which the mirror was last found to match the database. */
  let checkedInHold: number | undefined;
  let pending: Write[] = [];
  let checking: Promise<Mirror> | undefined;
  /** The id in `cryptoKeys` of every CryptoKey this store knows is stored there, so a record's rewrite refers to it. */
  let storedKeys = new WeakMap<CryptoKey, string>();
  /** Stored CryptoKeys no record refers to any more (their key was deleted), removed at the next commit that writes. */
  let orphanKeys: string[] = [];

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
          checkedInHold = undefined;
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
    collections: readonly (Collection | typeof CRYPTO_KEYS)[],
    mode: IDBTransactionMode,
    action: string,
    body: (tx: IDBTransaction) => () => R,
  ): Promise<R> {
    const db = await database();
    return new Promise<R>((resolve, reject) => {
      let failure: unknown;
      let tx: IDBTransaction;
      try {
        // Relaxed: the commit is answered once the browser holds the writes, which a reload or a tab crash keeps.
        tx = db.transaction([...collections], mode, { durability: 'relaxed' });
      } catch (error) {
        reject(storeError(name, action, error));
        return;
      }
      let result: () => R = () => {
        throw new Error('unreachable: transaction completed before its body ran');
      };
      tx.oncomplete = () => {
        try {
          resolve(result());
        } catch (error) {
          reject(storeError(name, action, error));
        }
      };
      tx.onabort = () => reject(storeError(name, action, failure ?? tx.error));
      try {
        result = body(tx);
        // Every request is placed: commit now rather than when the browser finds the transaction idle, which
        // costs another hop to the browser process (about half a millisecond of each request in Chromium).
        // Optional: browsers before 2020 commit on idle only.
        tx.commit?.();
      } catch (error) {
        // A throw while placing the requests (e.g. a value structured clone refuses) must abort, not vanish.
        failure = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborting: onabort may never come, so say it here.
          reject(storeError(name, action, error));
        }
      }
    });
  }

  const loadAll = (): Promise<{ mirror: Mirror; generation: string | undefined }> =>
    transact([...COLLECTIONS, CRYPTO_KEYS], 'readonly', 'read the sandbox', (tx) => {
      const requests = COLLECTIONS.map((collection) => [collection, tx.objectStore(collection).index(ORDER_INDEX).getAll()] as const);
      const keys = tx.objectStore(CRYPTO_KEYS).getAll();
      return () => {
        const keysById = new Map((keys.result as CryptoKeyRow[]).map((row) => [row.id, row.value]));
        const referenced = new Set<string>();
        const loaded = emptyMirror();
        let found: string | undefined;
        for (const [collection, request] of requests) {
          for (const row of request.result as (Row<unknown> | GenerationRow)[]) {
            if (collection === 'meta' && row.id === GENERATION_ID) found = (row as GenerationRow).value;
            else loaded[collection].set(row.id, { order: row.order, value: withCryptoKeys(row.value, keysById, referenced) });
          }
        }
        // Rebuilt from what the database holds: another tab may have reset it, removing keys this tab stored.
        storedKeys = new WeakMap();
        for (const [id, key] of keysById) storedKeys.set(key, id);
        orphanKeys = [...keysById.keys()].filter((id) => !referenced.has(id));
        return { mirror: loaded, generation: found };
      };
    });

  const readGeneration = (): Promise<string | undefined> =>
    transact(['meta'], 'readonly', 'check for other tabs\' writes', (tx) => {
      const request = tx.objectStore('meta').get(GENERATION_ID);
      return () => (request.result as GenerationRow | undefined)?.value;
    });

  /** The mirror, checked against the database once per commit; reads at once (Promise.all) share one check. */
  function current(): Promise<Mirror> {
    if (mirror !== undefined && checked) return Promise.resolve(mirror);
    // Pending writes live only in the mirror: never replace it under them.
    if (mirror !== undefined && pending.length > 0) return Promise.resolve(mirror);
    checking ??= check().finally(() => {
      checking = undefined;
    });
    return checking;
  }

  async function check(): Promise<Mirror> {
    const hold = options.locks?.holding(lockName);
    if (mirror !== undefined && hold !== undefined && hold === checkedInHold) {
      checked = true;
      return mirror;
    }
    if (mirror === undefined || generation === undefined || (await readGeneration()) !== generation) {
      const loaded = await loadAll();
      mirror = loaded.mirror;
      generation = loaded.generation;
    }
    checked = true;
    checkedInHold = hold;
    return mirror;
  }

  const nextOrder = (rows: Mirror[Collection]): number => {
    let last = -1;
    for (const row of rows.values()) last = Math.max(last, row.order);
    return last + 1;
  };

  async function commitPending(): Promise<void> {
    const writes = pending;
    pending = [];
    checked = false;
    if (writes.length === 0) return;
    const next = crypto.randomUUID();
    const newKeys = new Map<CryptoKey, string>();
    const referenced = new Set<string>();
    const referenceTo = (key: CryptoKey): string => {
      const id = storedKeys.get(key) ?? newKeyId(newKeys, key);
      referenced.add(id);
      return id;
    };
    const rows = writes.map((write) => (write.kind === 'put' ? { ...write, value: withKeyReferences(write.value, referenceTo) } : write));
    const orphans = orphanKeys.filter((id) => !referenced.has(id));
    try {
      await transact([...COLLECTIONS, CRYPTO_KEYS], 'readwrite', `commit ${writes.length} write(s)`, (tx) => {
        const keys = tx.objectStore(CRYPTO_KEYS);
        for (const id of orphans) keys.delete(id);
        for (const write of rows) {
          if (write.kind === 'clear') for (const store of [...COLLECTIONS, CRYPTO_KEYS]) tx.objectStore(store).clear();
          else if (write.kind === 'delete') tx.objectStore(write.collection).delete(write.id);
          else tx.objectStore(write.collection).put({ id: write.id, order: write.order, value: write.value } satisfies Row<unknown>);
        }
        // After any clear, so the keys this commit's rows refer to stay.
        for (const [key, id] of newKeys) keys.put({ id, value: key } satisfies CryptoKeyRow);
        tx.objectStore('meta').put({ id: GENERATION_ID, order: -1, value: next } satisfies GenerationRow);
        return () => undefined;
      });
      generation = next;
      for (const [key, id] of newKeys) storedKeys.set(key, id);
      orphanKeys = orphanKeys.filter((id) => !orphans.includes(id));
    } catch (error) {
      // Nothing was written: the mirror holds writes the database does not, so the next read reloads.
      mirror = undefined;
      checkedInHold = undefined;
      throw error;
    }
  }

  return {
    // Every tab of the profile opens this same database, so the lock is per database name.
    lockName,

    async get<C extends Collection>(collection: C, id: string): Promise<Records[C] | undefined> {
      const row = (await current())[collection].get(id);
      return row === undefined ? undefined : copyRecord(row.value as Records[C]);
    },

    async put<C extends Collection>(collection: C, id: string, value: Records[C]): Promise<void> {
      // Copied now: a value IndexedDB would refuse at commit is refused here, with nothing written.
      const copy = storableCopy(value);
      const rows = (await current())[collection];
      const order = rows.get(id)?.order ?? nextOrder(rows);
      rows.set(id, { order, value: copy });
      pending.push({ kind: 'put', collection, id, order, value: copy });
    },

    async delete(collection: Collection, id: string): Promise<void> {
      const rows = (await current())[collection];
      if (!rows.delete(id)) return;
      pending.push({ kind: 'delete', collection, id });
    },

    async list<C extends Collection>(collection: C): Promise<Records[C][]> {
      const rows = [...(await current())[collection].values()].sort((a, b) => a.order - b.order);
      return rows.map((row) => copyRecord(row.value as Records[C]));
    },

    async clear(): Promise<void> {
      const rows = await current();
      for (const collection of COLLECTIONS) rows[collection].clear();
      pending = [{ kind: 'clear' }];
      // The clear removes the stored CryptoKeys too: the next commit stores again those its rows refer to.
      storedKeys = new WeakMap();
      orphanKeys = [];
    },

    commit: commitPending,
  };
}

/**
 * A copy of a value for the mirror, as copyRecord makes (CryptoKey handles shared: cloning them is the costly
 * part, and IndexedDB serializes them at commit anyway), refusing with a DataCloneError what structured clone
 * refuses among the values records hold (functions, symbols), so put fails where the memory store's does.
 */
function storableCopy<T>(value: T): T {
  const refuse = (member: unknown): void => {
    if (typeof member === 'function' || typeof member === 'symbol') throw new DOMException(`${String(member)} could not be cloned.`, 'DataCloneError');
    if (typeof member !== 'object' || member === null || (typeof CryptoKey !== 'undefined' && member instanceof CryptoKey)) return;
    if (Array.isArray(member)) member.forEach(refuse);
    else if (Object.getPrototypeOf(member) === Object.prototype) Object.values(member).forEach(refuse);
  };
  refuse(value);
  return copyRecord(value);
}

function newKeyId(newKeys: Map<CryptoKey, string>, key: CryptoKey): string {
  let id = newKeys.get(key);
  if (id === undefined) {
    id = crypto.randomUUID();
    newKeys.set(key, id);
  }
  return id;
}

const isCryptoKey = (value: unknown): value is CryptoKey => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A row's value with each CryptoKey replaced by its reference in `cryptoKeys`. New objects: the mirror's stay as they are. */
function withKeyReferences(value: unknown, idOf: (key: CryptoKey) => string): unknown {
  if (isCryptoKey(value)) return { [CRYPTO_KEY_REF]: idOf(value) };
  if (Array.isArray(value)) return value.map((member) => withKeyReferences(member, idOf));
  // fromEntries defines properties, so an own "__proto__" key stays a key instead of a prototype.
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, withKeyReferences(member, idOf)]));
  return value;
}

/** A stored row's value with its references replaced by the CryptoKeys they name (noted in `referenced`). */
function withCryptoKeys(value: unknown, keysById: ReadonlyMap<string, CryptoKey>, referenced: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((member) => withCryptoKeys(member, keysById, referenced));
  if (!isPlainObject(value)) return value;
  const reference = Object.hasOwn(value, CRYPTO_KEY_REF) ? value[CRYPTO_KEY_REF] : undefined;
  if (typeof reference === 'string') {
    const key = keysById.get(reference);
    if (key === undefined) throw new Error(`IndexedDB: a record refers to CryptoKey ${reference}, which the database does not hold.`);
    referenced.add(reference);
    return key;
  }
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, withCryptoKeys(member, keysById, referenced)]));
}

const emptyMirror = (): { [C in Collection]: Map<string, { readonly order: number; readonly value: unknown }> } => ({
  keys: new Map(),
  grants: new Map(),
  aliases: new Map(),
  meta: new Map(),
  customKeyStores: new Map(),
});

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
    if (version === 3) db.createObjectStore(CRYPTO_KEYS, { keyPath: 'id' });
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

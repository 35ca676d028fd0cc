import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createIndexedDbStore } from '../../../mock-server/store/indexedDbStore';
import { createMemoryStore } from '../../../mock-server/store/memoryStore';
import { describeStoreContract, type ContractRecords } from './storeContract';

describeStoreContract('createIndexedDbStore', () => createIndexedDbStore<ContractRecords>({ indexedDB: new IDBFactory() }));

describe('createIndexedDbStore', () => {
  it('persists records for a second store opened on the same database name', async () => {
    const factory = new IDBFactory();
    const first = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    await first.put('keys', 'b', { keyId: 'b' });
    await first.put('keys', 'a', { keyId: 'a' });

    const second = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    expect(await second.list('keys')).toEqual([{ keyId: 'b' }, { keyId: 'a' }]);
    await second.put('keys', 'c', { keyId: 'c' });
    expect(await first.list('keys')).toEqual([{ keyId: 'b' }, { keyId: 'a' }, { keyId: 'c' }]);
  });

  it('names the cross-tab lock after its database, where the memory store names none', () => {
    expect(createIndexedDbStore({ indexedDB: new IDBFactory(), name: 'sandbox' }).lockName).toBe('qkms-store:sandbox');
    expect(createMemoryStore().lockName).toBeUndefined();
  });

  it('keeps databases with different names apart', async () => {
    const factory = new IDBFactory();
    await createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'one' }).put('meta', 'seeded', true);
    expect(await createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'two' }).get('meta', 'seeded')).toBeUndefined();
  });

  it('creates one object store per collection, versioned', async () => {
    const factory = new IDBFactory();
    await createIndexedDbStore({ indexedDB: factory, name: 'schema' }).list('keys');
    const databases = await factory.databases();
    expect(databases).toEqual([{ name: 'schema', version: 2 }]);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('schema');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect([...db.objectStoreNames].sort()).toEqual(['aliases', 'customKeyStores', 'grants', 'keys', 'meta']);
    db.close();
  });

  it('upgrades a version 1 database by adding the custom key stores and keeping every row', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('qkms', 1);
      request.onupgradeneeded = () => {
        for (const collection of ['keys', 'grants', 'aliases', 'meta']) {
          request.result.createObjectStore(collection, { keyPath: 'id' }).createIndex('byOrder', 'order');
        }
        request.transaction?.objectStore('meta').put({ id: 'sandbox-seed', order: 0, value: 3 });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const store = createIndexedDbStore<ContractRecords>({ indexedDB: factory });
    expect(await store.get('meta', 'sandbox-seed')).toBe(3);
    await store.put('customKeyStores', 'cks-1', { id: 'cks-1' });
    expect(await store.list('customKeyStores')).toEqual([{ id: 'cks-1' }]);
  });

  it('rejects with a clear error when a newer database version already exists', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('qkms', 7);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(createIndexedDbStore({ indexedDB: factory }).list('keys')).rejects.toThrow(
      /Cannot open IndexedDB database 'qkms': VersionError/,
    );
  });

  it('rejects with a clear error when an older connection blocks a schema upgrade', async () => {
    const real = new IDBFactory();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = real.open('qkms', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Stands in for a later schema version meeting a tab that still runs this one.
    const nextSchema: IDBFactory = {
      open: (name, version) => real.open(name, (version ?? 1) + 1),
      deleteDatabase: (name) => real.deleteDatabase(name),
      cmp: (a, b) => real.cmp(a, b),
      databases: () => real.databases(),
    };
    await expect(createIndexedDbStore({ indexedDB: nextSchema }).list('keys')).rejects.toThrow(
      /IndexedDB database 'qkms' is blocked: another tab or connection still has an older version open/,
    );
    old.close();
  });

  it('rejects with a clear error when no IndexedDB is available', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(createIndexedDbStore().get('keys', 'k')).rejects.toThrow(/IndexedDB is not available/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

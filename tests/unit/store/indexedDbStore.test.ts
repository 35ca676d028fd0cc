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
    await first.commit?.();

    const second = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    expect(await second.list('keys')).toEqual([{ keyId: 'b' }, { keyId: 'a' }]);
    await second.put('keys', 'c', { keyId: 'c' });
    await second.commit?.();
    expect(await first.list('keys')).toEqual([{ keyId: 'b' }, { keyId: 'a' }, { keyId: 'c' }]);
  });

  it('writes nothing to the database until commit, then all of a request\'s writes at once', async () => {
    const factory = new IDBFactory();
    const tab = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    const other = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    await tab.put('keys', 'k', { keyId: 'k' });
    await tab.put('meta', 'seeded', true);
    expect(await tab.get('keys', 'k')).toEqual({ keyId: 'k' });
    expect(await other.list('keys')).toEqual([]);
    await other.commit?.();
    await tab.commit?.();
    expect(await other.list('keys')).toEqual([{ keyId: 'k' }]);
    expect(await other.get('meta', 'seeded')).toBe(true);
  });

  it('reads again after a commit when another store on the database committed since', async () => {
    const factory = new IDBFactory();
    const tab = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    const other = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    await tab.put('keys', 'k', { keyId: 'k', state: 'Enabled' });
    await tab.commit?.();
    expect(await other.get('keys', 'k')).toEqual({ keyId: 'k', state: 'Enabled' });
    await other.put('keys', 'k', { keyId: 'k', state: 'Disabled' });
    await other.delete('keys', 'gone');
    await other.put('keys', 'j', { keyId: 'j' });
    await other.commit?.();
    await tab.commit?.();
    expect(await tab.list('keys')).toEqual([{ keyId: 'k', state: 'Disabled' }, { keyId: 'j' }]);
    expect((await factory.databases()).map((database) => database.name)).toEqual(['sandbox']);
  });

  it('keeps nothing of a commit the database refused, and reads what the database holds again', async () => {
    const real = new IDBFactory();
    let refuse = false;
    // Stands in for a disk that fails the write: every readwrite transaction aborts at its commit once `refuse` is set.
    const failing: IDBFactory = {
      open: (name, version) => {
        const request = real.open(name, version);
        request.addEventListener('success', () => {
          const db = request.result;
          const transaction = db.transaction.bind(db);
          db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
            const tx = transaction(stores, mode);
            if (refuse && mode === 'readwrite') tx.commit = () => tx.abort();
            return tx;
          }) as IDBDatabase['transaction'];
        });
        return request;
      },
      deleteDatabase: (name) => real.deleteDatabase(name),
      cmp: (a, b) => real.cmp(a, b),
      databases: () => real.databases(),
    };
    const store = createIndexedDbStore<ContractRecords>({ indexedDB: failing, name: 'sandbox' });
    await store.put('keys', 'k', { keyId: 'k', state: 'Enabled' });
    await store.commit?.();
    refuse = true;
    await store.put('keys', 'k', { keyId: 'k', state: 'Disabled' });
    await store.put('keys', 'j', { keyId: 'j' });
    await expect(store.commit!()).rejects.toThrow(/IndexedDB 'sandbox': commit 2 write\(s\) failed/);
    expect(await store.list('keys')).toEqual([{ keyId: 'k', state: 'Enabled' }]);
  });

  it('stores a CryptoKey once however often its record is rewritten, and lets it go with its record', async () => {
    const factory = new IDBFactory();
    const storedKeyCount = () =>
      new Promise<number>((resolve, reject) => {
        const request = factory.open('sandbox');
        request.onsuccess = () => {
          const count = request.result.transaction('cryptoKeys').objectStore('cryptoKeys').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
        request.onerror = () => reject(request.error);
      });
    const tab = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    const material = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await tab.put('keys', 'k', { keyId: 'k', state: 'Enabled', material });
    await tab.commit?.();
    for (const state of ['Disabled', 'Enabled', 'Disabled']) {
      const read = await tab.get('keys', 'k');
      await tab.put('keys', 'k', { ...read, state });
      await tab.commit?.();
    }
    expect(await storedKeyCount()).toBe(1);

    const reopened = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    const read = await reopened.get('keys', 'k');
    expect(read?.state).toBe('Disabled');
    expect(read?.material).toBeInstanceOf(CryptoKey);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, material, new TextEncoder().encode('same key'));
    expect(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, read!.material!, sealed))).toBe('same key');

    await reopened.delete('keys', 'k');
    await reopened.commit?.();
    const later = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    await later.put('meta', 'seeded', true);
    await later.commit?.();
    expect(await storedKeyCount()).toBe(0);
  });

  it('names the cross-tab lock after its database, where the memory store names none', () => {
    expect(createIndexedDbStore({ indexedDB: new IDBFactory(), name: 'sandbox' }).lockName).toBe('qkms-store:sandbox');
    expect(createMemoryStore().lockName).toBeUndefined();
  });

  it('keeps databases with different names apart', async () => {
    const factory = new IDBFactory();
    const one = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'one' });
    await one.put('meta', 'seeded', true);
    await one.commit?.();
    expect(await createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'two' }).get('meta', 'seeded')).toBeUndefined();
  });

  it('creates one object store per collection, versioned', async () => {
    const factory = new IDBFactory();
    await createIndexedDbStore({ indexedDB: factory, name: 'schema' }).list('keys');
    const databases = await factory.databases();
    expect(databases).toEqual([{ name: 'schema', version: 3 }]);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('schema');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect([...db.objectStoreNames].sort()).toEqual(['aliases', 'cryptoKeys', 'customKeyStores', 'grants', 'keys', 'meta']);
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

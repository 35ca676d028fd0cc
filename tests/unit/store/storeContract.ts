import { describe, expect, it } from 'vitest';
import type { Store } from '../../../mock-server/store/Store';

/* The contract is about keeping values, not the backend's record shapes: these cover what it puts. */
interface KeyRecord {
  keyId?: string;
  state?: string;
  readonly createdAt?: Date;
  readonly material?: CryptoKey;
  readonly in?: string;
  readonly run?: () => undefined;
}
interface GrantRecord {
  readonly grantId?: string;
  readonly in?: string;
  readonly constraints?: { readonly subset: Record<string, string> };
  readonly operations?: string[];
  readonly bytes?: Uint8Array;
}
export interface ContractRecords {
  readonly keys: KeyRecord;
  readonly grants: GrantRecord;
  readonly aliases: { readonly id?: string; readonly name?: string };
  readonly meta: number | boolean;
  readonly customKeyStores: { readonly id?: string };
}

/** The behaviour every Store must share, run against each implementation with a fresh store per test. */
export function describeStoreContract(label: string, makeStore: () => Store<ContractRecords> | Promise<Store<ContractRecords>>): void {
  describe(`${label} (Store contract)`, () => {
    it('returns undefined for an id that was never put', async () => {
      const store = await makeStore();
      expect(await store.get('keys', 'missing')).toBeUndefined();
    });

    it('returns an equal copy of a record it was given', async () => {
      const store = await makeStore();
      const record: KeyRecord = { keyId: 'k1', state: 'Enabled', createdAt: new Date('2024-05-01T00:00:00Z') };
      await store.put('keys', 'k1', record);
      const read = await store.get('keys', 'k1');
      expect(read).toEqual(record);
      expect(read?.createdAt).toBeInstanceOf(Date);
    });

    it('keeps collections apart when ids coincide', async () => {
      const store = await makeStore();
      await store.put('keys', 'same', { in: 'keys' });
      await store.put('grants', 'same', { in: 'grants' });
      expect(await store.get('keys', 'same')).toEqual({ in: 'keys' });
      expect(await store.get('grants', 'same')).toEqual({ in: 'grants' });
      expect(await store.get('aliases', 'same')).toBeUndefined();
    });

    it('lists a collection in insertion order, not id order', async () => {
      const store = await makeStore();
      for (const id of ['c', 'a', 'b']) await store.put('aliases', id, { id });
      expect(await store.list('aliases')).toEqual([{ id: 'c' }, { id: 'a' }, { id: 'b' }]);
    });

    it('replaces a record in place when the same id is put again', async () => {
      const store = await makeStore();
      await store.put('keys', 'k1', { keyId: 'k1', state: 'Enabled' });
      await store.put('keys', 'k2', { keyId: 'k2', state: 'Enabled' });
      await store.put('keys', 'k1', { keyId: 'k1', state: 'Disabled' });
      expect(await store.list('keys')).toEqual([
        { keyId: 'k1', state: 'Disabled' },
        { keyId: 'k2', state: 'Enabled' },
      ]);
    });

    it('returns an empty list for an empty collection', async () => {
      const store = await makeStore();
      expect(await store.list('grants')).toEqual([]);
    });

    it('deletes one record and leaves the others', async () => {
      const store = await makeStore();
      await store.put('grants', 'g1', { grantId: 'g1' });
      await store.put('grants', 'g2', { grantId: 'g2' });
      await store.delete('grants', 'g1');
      expect(await store.get('grants', 'g1')).toBeUndefined();
      expect(await store.list('grants')).toEqual([{ grantId: 'g2' }]);
    });

    it('treats deleting an absent id as done', async () => {
      const store = await makeStore();
      await expect(store.delete('keys', 'never-there')).resolves.toBeUndefined();
    });

    it('appends a record put after a delete at the end of the list', async () => {
      const store = await makeStore();
      await store.put('meta', 'x', 1);
      await store.put('meta', 'y', 2);
      await store.delete('meta', 'x');
      await store.put('meta', 'x', 3);
      expect(await store.list('meta')).toEqual([2, 3]);
    });

    it('clears every collection', async () => {
      const store = await makeStore();
      await store.put('keys', 'k', { keyId: 'k' });
      await store.put('grants', 'g', { grantId: 'g' });
      await store.put('aliases', 'alias/a', { name: 'alias/a' });
      await store.put('meta', 'seeded', true);
      await store.put('customKeyStores', 'cks-1', { id: 'cks-1' });
      await store.clear();
      for (const collection of ['keys', 'grants', 'aliases', 'meta', 'customKeyStores'] as const) {
        expect(await store.list(collection)).toEqual([]);
      }
      await store.put('keys', 'k', { keyId: 'k', state: 'Enabled' });
      expect(await store.list('keys')).toEqual([{ keyId: 'k', state: 'Enabled' }]);
    });

    it('stores a copy, so changing a value after put or after get does not change the record', async () => {
      const store = await makeStore();
      const record = { keyId: 'k', state: 'Enabled' };
      await store.put('keys', 'k', record);
      record.state = 'Disabled';
      const read = await store.get('keys', 'k');
      expect(read).toEqual({ keyId: 'k', state: 'Enabled' });
      read!.state = 'PendingDeletion';
      expect(await store.get('keys', 'k')).toEqual({ keyId: 'k', state: 'Enabled' });
      (await store.list('keys'))[0].state = 'Disabled';
      expect(await store.list('keys')).toEqual([{ keyId: 'k', state: 'Enabled' }]);
    });

    it('keeps an own __proto__ member (an encryption context key) as a member, and nested values as copies', async () => {
      const store = await makeStore();
      const context = JSON.parse('{"__proto__":"x","constructor":"y"}') as Record<string, string>;
      await store.put('grants', 'g', { constraints: { subset: context }, operations: ['Decrypt'], bytes: new Uint8Array([1, 2]) });
      const read = await store.get('grants', 'g');
      expect(Object.getPrototypeOf(read!.constraints?.subset)).toBe(Object.prototype);
      expect(Object.entries(read!.constraints?.subset ?? {})).toEqual([
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ]);
      read!.operations?.push('Encrypt');
      if (read?.bytes) read.bytes[0] = 9;
      const again = await store.list('grants');
      expect(again[0].operations).toEqual(['Decrypt']);
      expect([...(again[0].bytes ?? [])]).toEqual([1, 2]);
    });

    it('rejects a value structured clone cannot copy, and stores nothing', async () => {
      const store = await makeStore();
      await expect(store.put('keys', 'k', { run: () => undefined })).rejects.toThrow(/DataCloneError|could not be cloned/);
      expect(await store.get('keys', 'k')).toBeUndefined();
      expect(await store.list('keys')).toEqual([]);
    });

    it('keeps a non-extractable CryptoKey usable and non-extractable', async () => {
      const store = await makeStore();
      const material = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, material, new TextEncoder().encode('hello'));
      await store.put('keys', 'k', { keyId: 'k', state: 'Enabled', material } satisfies KeyRecord);

      const read = await store.get('keys', 'k');
      expect(read?.material).toBeInstanceOf(CryptoKey);
      expect(read?.material?.extractable).toBe(false);
      const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, read!.material!, sealed);
      expect(new TextDecoder().decode(opened)).toBe('hello');
      await expect(crypto.subtle.exportKey('raw', read!.material!)).rejects.toThrow();
    });
  });
}

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createQkms } from '../../../mock-server';
import { createMemoryFallbackStore, isQuotaExceeded } from '../../../mock-server/sandbox/memoryFallbackStore';
import { createIndexedDbStore } from '../../../mock-server/store/indexedDbStore';
import type { Store } from '../../../mock-server/store/Store';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { b64, call, text } from '../mock-server/support/call';
import { create } from '../mock-server/support/fixtures';

/** An IndexedDB store whose writes fail, once `full` is set, the way a browser out of quota fails them. */
function fillableStore(failure: () => Error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const primary = createIndexedDbStore({ indexedDB: new IDBFactory(), name: 'fillable' });
  const state = { full: false, writes: 0 };
  const refuse = async <T>(write: () => Promise<T>): Promise<T> => {
    if (state.full) throw new Error("IndexedDB 'fillable': put failed", { cause: failure() });
    state.writes += 1;
    return write();
  };
  const store: Store = {
    ...primary,
    lockName: primary.lockName,
    put: (collection, id, value) => refuse(() => primary.put(collection, id, value)),
    delete: (collection, id) => refuse(() => primary.delete(collection, id)),
    clear: () => refuse(() => primary.clear()),
  };
  return { store, state };
}

describe('memory fallback store', () => {
  it('moves a full sandbox to memory with everything it held, answers the request that hit the quota, and keeps working', async () => {
    const { store: primary, state } = fillableStore();
    const reasons: string[] = [];
    const qkms = createQkms({ store: createMemoryFallbackStore(primary, { onFallback: (reason) => reasons.push(reason) }) });
    const before = await create(qkms, { Description: 'made while IndexedDB had room' });
    const sealed = await call(qkms, 'Encrypt', { KeyId: before.KeyId, Plaintext: b64('kept across the move') });

    state.full = true;
    const writesWhenFull = state.writes;
    const during = await call(qkms, 'CreateKey', { Description: 'made as the quota ran out' });
    expect(during.status).toBe(200);
    expect(reasons).toEqual(["QuotaExceededError: the browser's storage for this site is full"]);

    const after = await create(qkms, { Description: 'made in memory' });
    const keys = (await call(qkms, 'ListKeys', {})).body.Keys as { KeyId: string }[];
    expect(keys.map((key) => key.KeyId)).toEqual(
      expect.arrayContaining([EXAMPLE_KEY_ID, before.KeyId, (during.body.KeyMetadata as { KeyId: string }).KeyId, after.KeyId]),
    );
    const opened = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob });
    expect(text(opened.body.Plaintext)).toBe('kept across the move');
    expect(state.writes).toBe(writesWhenFull);
    expect(reasons).toHaveLength(1);
  });

  it('moves to memory when the quota refuses the commit of a request, keeping that request\'s writes', async () => {
    const primary = createIndexedDbStore({ indexedDB: new IDBFactory(), name: 'fillable' });
    let full = false;
    const refusingCommit: Store = {
      ...primary,
      lockName: primary.lockName,
      commit: () => (full ? Promise.reject(new Error("IndexedDB 'fillable': commit failed", { cause: new DOMException('The quota has been exceeded.', 'QuotaExceededError') })) : primary.commit!()),
    };
    const reasons: string[] = [];
    const qkms = createQkms({ store: createMemoryFallbackStore(refusingCommit, { onFallback: (reason) => reasons.push(reason) }) });
    const before = await create(qkms, { Description: 'made while IndexedDB had room' });

    full = true;
    const during = await call(qkms, 'CreateKey', { Description: 'made as the quota ran out' });
    expect(during.status).toBe(200);
    expect(reasons).toEqual(["QuotaExceededError: the browser's storage for this site is full"]);
    const duringId = (during.body.KeyMetadata as { KeyId: string }).KeyId;
    const described = await call(qkms, 'DescribeKey', { KeyId: duringId });
    expect((described.body.KeyMetadata as { Description: string }).Description).toBe('made as the quota ran out');
    const keys = (await call(qkms, 'ListKeys', {})).body.Keys as { KeyId: string }[];
    expect(keys.map((key) => key.KeyId)).toEqual(expect.arrayContaining([EXAMPLE_KEY_ID, before.KeyId, duringId]));
    expect(reasons).toHaveLength(1);
  });

  it('passes on a write failure that is not about quota instead of hiding it in memory', async () => {
    const { store: primary, state } = fillableStore(() => new DOMException('The transaction was aborted.', 'AbortError'));
    const reasons: string[] = [];
    const store = createMemoryFallbackStore(primary, { onFallback: (reason) => reasons.push(reason) });
    state.full = true;
    await expect(store.put('meta', 'sandbox-clock', { kind: 'sandbox-clock', offsetMs: 0 })).rejects.toThrow('put failed');
    expect(reasons).toEqual([]);
  });

  it('recognises QuotaExceededError however deep the store wrapped it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(new Error('outer', { cause: new Error('middle', { cause: quota }) }))).toBe(true);
    expect(isQuotaExceeded(new Error('outer', { cause: new DOMException('no', 'AbortError') }))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });

  it('keeps the persistent store’s cross-tab lock name', () => {
    const { store } = fillableStore();
    expect(createMemoryFallbackStore(store, { onFallback: () => undefined }).lockName).toBe('qkms-store:fillable');
  });
});

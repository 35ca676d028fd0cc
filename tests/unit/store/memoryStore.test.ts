import { describe, expect, test } from 'vitest';
import { createMemoryStore } from '../../../mock-server/store/memoryStore';
import { describeStoreContract } from './storeContract';

describeStoreContract('createMemoryStore', () => createMemoryStore());

describe('memory store', () => {
  test('hands out copies, so mutating a read record changes nothing stored', async () => {
    const store = createMemoryStore();
    const record = { name: 'a', list: [1] };
    await store.put('meta', 'x', record);
    record.list.push(2);
    const read = await store.get<{ name: string; list: number[] }>('meta', 'x');
    read?.list.push(3);
    expect(await store.get('meta', 'x')).toEqual({ name: 'a', list: [1] });
  });

  test('lists in insertion order, deletes and clears', async () => {
    const store = createMemoryStore();
    await store.put('grants', 'b', 2);
    await store.put('grants', 'a', 1);
    expect(await store.list('grants')).toEqual([2, 1]);
    await store.delete('grants', 'b');
    expect(await store.list('grants')).toEqual([1]);
    await store.clear();
    expect(await store.list('grants')).toEqual([]);
  });
});

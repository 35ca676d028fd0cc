import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms, type Collection, type Store } from '../../../mock-server';
import { NEXT_DELETION } from '../../../mock-server/model/keys/nextDeletion';
import { EXAMPLE_KEY_ID, keyArn, MAC_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { call, errorOf } from './support/call';

const DAY = 24 * 3600 * 1000;

/** A memory store that counts how often each collection is listed. */
function countingStore(): { store: Store; lists: Map<Collection, number> } {
  const inner = createMemoryStore();
  const lists = new Map<Collection, number>();
  const store: Store = {
    ...inner,
    list: (collection) => {
      lists.set(collection, (lists.get(collection) ?? 0) + 1);
      return inner.list(collection);
    },
  };
  return { store, lists };
}

describe('deletion after the waiting period', () => {
  test('deletes the key once its deletion date has passed', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const qkms = createQkms({ clock: () => new Date(now) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    now += 7 * 24 * 3600 * 1000;
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).type).toBe('NotFoundException');
  });

  test('deletes each key when its own date passes, whatever order they were scheduled in', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const qkms = createQkms({ clock: () => new Date(now) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 30 });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: SECOND_KEY_ID, PendingWindowInDays: 7 });
    now += 7 * DAY;
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: SECOND_KEY_ID })).type).toBe('NotFoundException');
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    now += 23 * DAY - 1;
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    now += 1;
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).type).toBe('NotFoundException');
  });

  test('removes the deleted key with its grants and aliases', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const store = createMemoryStore();
    const qkms = createQkms({ store, clock: () => new Date(now) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: SECOND_KEY_ID, PendingWindowInDays: 7 });
    now += 7 * DAY;
    await call(qkms, 'ListKeys', {});
    expect((await store.list('keys')).map((key) => key.KeyId)).toEqual([SIGNING_KEY_ID, MAC_KEY_ID]);
    expect(await store.list('grants')).toEqual([]);
    expect(await store.list('aliases')).toEqual([]);
  });

  test('a key whose deletion was cancelled survives its old deletion date', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const qkms = createQkms({ clock: () => new Date(now) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    await call(qkms, 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    now += 8 * DAY;
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Disabled' });
  });

  test('purges a due key from a store written before the next-deletion record existed', async () => {
    const store = createMemoryStore();
    await call(createQkms({ store }), 'ListKeys', {});
    const key = await store.get('keys', EXAMPLE_KEY_ID);
    if (!key) throw new Error('the sandbox has no example key');
    await store.put('keys', EXAMPLE_KEY_ID, { ...key, KeyState: 'PendingDeletion', DeletionDate: Date.parse('2020-01-01T00:00:00Z') });
    await store.delete('meta', NEXT_DELETION);
    expect(errorOf(await call(createQkms({ store }), 'DescribeKey', { KeyId: keyArn(EXAMPLE_KEY_ID) })).type).toBe('NotFoundException');
  });

  test('does not read every key on each request while no deletion is due', async () => {
    const { store, lists } = countingStore();
    const qkms = createQkms({ store });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    lists.clear();
    for (let i = 0; i < 5; i += 1) await call(qkms, 'DescribeKey', { KeyId: SECOND_KEY_ID });
    expect(lists.get('keys') ?? 0).toBe(0);
  });
});

/** A memory store whose next write to `collection` fails once. */
function storeFailingNextWrite(collection: Collection): { store: Store; arm: () => void } {
  const inner = createMemoryStore();
  let armed = false;
  const failing = <A extends unknown[]>(write: (c: Collection, ...rest: A) => Promise<void>) =>
    (c: Collection, ...rest: A): Promise<void> => {
      if (armed && c === collection) {
        armed = false;
        return Promise.reject(new Error(`${collection} write failed`));
      }
      return write(c, ...rest);
    };
  return {
    store: { ...inner, put: failing(inner.put), delete: failing(inner.delete) },
    arm: () => {
      armed = true;
    },
  };
}

describe('deletion when the store fails part way', () => {
  test.each(['keys', 'meta'] as const)(
    'a failed %s write during ScheduleKeyDeletion answers KMSInternalException and never leaves a pending key that is not purged',
    async (collection) => {
      let now = Date.parse('2025-01-01T00:00:00Z');
      const { store, arm } = storeFailingNextWrite(collection);
      const qkms = createQkms({ store, clock: () => new Date(now), onInternalError: () => undefined });
      await call(qkms, 'ListKeys', {});
      arm();
      const failed = await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
      expect(errorOf(failed)).toMatchObject({ type: 'KMSInternalException', status: 500 });
      const state = ((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata as { KeyState: string }).KeyState;
      if (state === 'PendingDeletion') {
        now += 7 * DAY;
        expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).type).toBe('NotFoundException');
      } else {
        expect(state).toBe('Enabled');
      }
    },
  );

  test('a purge interrupted by a failed key delete finishes on the next request, grants and all', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const { store, arm } = storeFailingNextWrite('keys');
    const qkms = createQkms({ store, clock: () => new Date(now), onInternalError: () => undefined });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: SECOND_KEY_ID, PendingWindowInDays: 7 });
    now += 7 * DAY;
    arm();
    expect(errorOf(await call(qkms, 'ListKeys', {})).type).toBe('KMSInternalException');
    const keys = (await call(qkms, 'ListKeys', {})).body.Keys as { KeyId: string }[];
    expect(keys.map((key) => key.KeyId)).toEqual([EXAMPLE_KEY_ID, SIGNING_KEY_ID, MAC_KEY_ID]);
    expect(await store.list('grants')).toEqual([]);
  });
});

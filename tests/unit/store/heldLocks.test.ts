import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHeldLocks, type LockChannel } from '../../../mock-server/store/heldLocks';
import { createIndexedDbStore } from '../../../mock-server/store/indexedDbStore';
import { createLockManagerDouble } from '../mock-server/support/lockManagerDouble';
import type { ContractRecords } from './storeContract';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** BroadcastChannel as tabs of one profile share it: a message reaches every other end, a task later. */
function channelBus(): () => LockChannel {
  const ends: ((data: unknown) => void)[][] = [];
  return () => {
    const listeners: ((data: unknown) => void)[] = [];
    ends.push(listeners);
    return {
      postMessage: (message) => {
        for (const other of ends) if (other !== listeners) for (const listener of other) setTimeout(() => listener(message), 0);
      },
      addEventListener: (_type, listener) => listeners.push((data) => listener({ data })),
    };
  };
}

/** Resolves with the time it took another tab to be granted `name`, then releases it. */
async function otherTabWaits(locks: ReturnType<typeof createLockManagerDouble>, name: string): Promise<number> {
  const asked = performance.now();
  const release = await locks.hold(name);
  release();
  return performance.now() - asked;
}

describe('createHeldLocks', () => {
  it('takes the Web Lock once for requests one after another, and holding() names that one hold', async () => {
    const browser = createLockManagerDouble();
    const locks = createHeldLocks(browser, { lingerMs: 1000, maxHoldMs: 60_000 });
    expect(locks.holding('db')).toBeUndefined();
    const holds: (number | undefined)[] = [];
    for (let request = 0; request < 5; request += 1) await locks.request('db', { mode: 'exclusive' }, async () => holds.push(locks.holding('db')));
    expect(browser.requested).toEqual(['db']);
    expect(new Set(holds).size).toBe(1);
    expect(holds[0]).toBeDefined();
  });

  it('lets the lock go once no request followed for lingerMs, and takes a new hold for the next', async () => {
    const browser = createLockManagerDouble();
    const locks = createHeldLocks(browser, { lingerMs: 5 });
    const first = await locks.request('db', { mode: 'exclusive' }, async () => locks.holding('db'));
    expect(await otherTabWaits(browser, 'db')).toBeLessThan(1000);
    expect(locks.holding('db')).toBeUndefined();
    const second = await locks.request('db', { mode: 'exclusive' }, async () => locks.holding('db'));
    expect(second).not.toBe(first);
    expect(browser.requested).toEqual(['db', 'db']);
  });

  it('lets the lock go after the current request when another tab asks on the channel, however long the linger', async () => {
    const browser = createLockManagerDouble();
    const bus = channelBus();
    const tab = createHeldLocks(browser, { lingerMs: 60_000, channel: bus() });
    const otherTab = createHeldLocks(browser, { lingerMs: 1, channel: bus() });
    const order: string[] = [];
    await tab.request('db', { mode: 'exclusive' }, async () => order.push('tab'));
    await otherTab.request('db', { mode: 'exclusive' }, async () => order.push('other tab'));
    expect(order).toEqual(['tab', 'other tab']);
    expect(tab.holding('db')).toBeUndefined();
  });

  it('lets the lock go between two requests past maxHoldMs, so a tab that cannot be told still gets its turn', async () => {
    const browser = createLockManagerDouble();
    const locks = createHeldLocks(browser, { lingerMs: 60_000, maxHoldMs: 20 });
    await locks.request('db', { mode: 'exclusive' }, () => sleep(1));
    let otherTabIn = false;
    const waiting = browser.hold('db').then((release) => {
      otherTabIn = true;
      release();
    });
    const started = performance.now();
    while (!otherTabIn && performance.now() - started < 2000) await locks.request('db', { mode: 'exclusive' }, () => sleep(5));
    await waiting;
    expect(otherTabIn).toBe(true);
    expect(browser.requested.length).toBeGreaterThan(1);
  });

  it('runs requests one at a time, in order, even when they arrive together', async () => {
    const locks = createHeldLocks(createLockManagerDouble());
    const events: string[] = [];
    await Promise.all(
      [3, 1, 2].map((ms, index) =>
        locks.request('db', { mode: 'exclusive' }, async () => {
          events.push(`start ${index}`);
          await sleep(ms);
          events.push(`end ${index}`);
        }),
      ),
    );
    expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('passes on a refused lock request as the rejection of the request, and serves the next one', async () => {
    const browser = createLockManagerDouble();
    let refuse = true;
    const locks = createHeldLocks({
      request: (name, options, callback) => (refuse ? Promise.reject(new Error('SecurityError: no locks here')) : browser.request(name, options, callback)),
    });
    await expect(locks.request('db', { mode: 'exclusive' }, async () => 'ran')).rejects.toThrow(/no locks here/);
    refuse = false;
    expect(await locks.request('db', { mode: 'exclusive' }, async () => 'ran')).toBe('ran');
  });
});

describe('createIndexedDbStore with held locks', () => {
  /** The store's small transactions: how often it asked whether another tab committed, or read everything. */
  function countingFactory(): { factory: IDBFactory; checks: () => number } {
    const real = new IDBFactory();
    let readonlyTransactions = 0;
    const factory: IDBFactory = {
      open: (name, version) => {
        const request = real.open(name, version);
        request.addEventListener('success', () => {
          const db = request.result;
          const transaction = db.transaction.bind(db);
          db.transaction = ((stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
            if (mode !== 'readwrite') readonlyTransactions += 1;
            return transaction(stores, mode, options);
          }) as IDBDatabase['transaction'];
        });
        return request;
      },
      deleteDatabase: (name) => real.deleteDatabase(name),
      cmp: (a, b) => real.cmp(a, b),
      databases: () => real.databases(),
    };
    return { factory, checks: () => readonlyTransactions };
  }

  it('reads without checking for other tabs while its lock is held, and checks again on a new hold', async () => {
    const browser = createLockManagerDouble();
    const { factory, checks } = countingFactory();
    const locks = createHeldLocks(browser, { lingerMs: 5 });
    const store = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox', locks });
    const request = async (work: () => Promise<void>) =>
      locks.request(store.lockName!, { mode: 'exclusive' }, async () => {
        await work();
        await store.commit?.();
      });
    await request(() => store.put('keys', 'k', { keyId: 'k', state: 'use 0' }));
    const before = checks();
    for (let n = 1; n <= 5; n += 1) await request(async () => store.put('keys', 'k', { ...(await store.get('keys', 'k')), state: `use ${n}` }));
    expect(checks()).toBe(before);

    // Another tab writes once the lock is let go: the next hold must see it.
    const other = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox' });
    const release = await browser.hold(store.lockName!);
    await other.put('keys', 'k', { keyId: 'k', state: 'written by the other tab' });
    await other.commit?.();
    release();
    let seen: unknown;
    await request(async () => {
      seen = await store.get('keys', 'k');
    });
    expect(seen).toEqual({ keyId: 'k', state: 'written by the other tab' });
    expect(checks()).toBeGreaterThan(before);
  });

  it('checks for other tabs\' commits on the first read after each commit while it holds no lock', async () => {
    const { factory, checks } = countingFactory();
    const store = createIndexedDbStore<ContractRecords>({ indexedDB: factory, name: 'sandbox', locks: { holding: () => undefined } });
    await store.list('keys');
    await store.commit?.();
    const before = checks();
    await store.list('keys');
    expect(checks()).toBe(before + 1);
  });
});

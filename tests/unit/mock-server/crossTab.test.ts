import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { createQkms, type Qkms, type Store } from '../../../mock-server';
import { createHeldLocks } from '../../../mock-server/store/heldLocks';
import { createIndexedDbStore } from '../../../mock-server/store/indexedDbStore';
import { EXAMPLE_KEY_ID as KEY_1, SECOND_KEY_ID as KEY_2, SEEDED_KEY_IDS } from '../../support/sandbox';
import { b64, call, text, type Reply } from './support/call';
import { createLockManagerDouble, type LockManagerDouble } from './support/lockManagerDouble';

const DAY = 24 * 3600 * 1000;

/** Milliseconds before each write of a tab lands. */
type WriteDelay = () => number;

/** 0–3 ms, varying write by write, as a busy tab's: two such tabs drift against each other. */
const uneven = (): WriteDelay => {
  let writes = 0;
  return () => (writes++ * 7) % 4;
};

/** A steady lag, as a throttled background tab's. */
const lagging = (ms: number): WriteDelay => () => ms;

function delayedWrites(store: Store, delay: WriteDelay): Store {
  const later = (ms: number) => (ms === 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms)));
  return { ...store, put: (collection, id, value) => later(delay()).then(() => store.put(collection, id, value)) };
}

interface Tabs {
  readonly a: Qkms;
  readonly b: Qkms;
  readonly locks: LockManagerDouble;
}

/** How each tab takes the lock: per request, or kept between requests as the pages do (createHeldLocks). */
type Locking = 'a lock per request' | 'locks kept between requests';

/** Two backends on one IndexedDB database and one lock manager: two tabs of one browser profile. */
function twoTabs(
  locking: Locking,
  options: { readonly clock?: () => Date; readonly delays?: readonly [WriteDelay, WriteDelay] } = {},
): Tabs {
  const factory = new IDBFactory();
  const locks = createLockManagerDouble();
  const [delayA, delayB] = options.delays ?? [uneven(), uneven()];
  const tab = (delay: WriteDelay) => {
    // No channel: a tab waits for the other's linger or longest hold, the case where a message never arrives.
    const held = locking === 'a lock per request' ? undefined : createHeldLocks(locks, { lingerMs: 2, maxHoldMs: 10 });
    return createQkms({
      store: delayedWrites(createIndexedDbStore({ indexedDB: factory, name: 'qkms-sandbox', locks: held }), delay),
      locks: held ?? locks,
      clock: options.clock,
    });
  };
  return { a: tab(delayA), b: tab(delayB), locks };
}

const keyIdOf = (reply: Reply): string => {
  const metadata = reply.body.KeyMetadata as { KeyId?: unknown } | undefined;
  if (reply.status !== 200 || typeof metadata?.KeyId !== 'string') throw new Error(`CreateKey failed: ${JSON.stringify(reply.body)}`);
  return metadata.KeyId;
};

async function createKeys(qkms: Qkms, count: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, async () => keyIdOf(await call(qkms, 'CreateKey', {}))));
}

async function rotationCount(qkms: Qkms, keyId: string): Promise<number> {
  const reply = await call(qkms, 'ListKeyRotations', { KeyId: keyId, Limit: 1000 });
  return (reply.body.Rotations as unknown[]).length;
}

interface Rotation {
  readonly keyId: string;
  readonly rotated: boolean;
  /** Made right after the acknowledged rotation, under the new material. */
  readonly ciphertext?: string;
}

async function rotateAndEncrypt(qkms: Qkms, keyId: string): Promise<Rotation> {
  const rotated = await call(qkms, 'RotateKeyOnDemand', { KeyId: keyId });
  if (rotated.status !== 200) return { keyId, rotated: false };
  const encrypted = await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: b64(`after a rotation of ${keyId}`) });
  return { keyId, rotated: true, ciphertext: encrypted.status === 200 ? String(encrypted.body.CiphertextBlob) : undefined };
}

/** The keys whose ListKeyRotations count differs from the rotations acknowledged on them. */
async function lostRotations(qkms: Qkms, keys: readonly string[], rotations: readonly Rotation[]): Promise<string[]> {
  const lost: string[] = [];
  for (const keyId of keys) {
    const acknowledged = rotations.filter((r) => r.keyId === keyId && r.rotated).length;
    const listed = await rotationCount(qkms, keyId);
    if (listed !== acknowledged) lost.push(`${keyId}: ${acknowledged} rotations acknowledged, ${listed} listed`);
  }
  return lost;
}

/** The error of every ciphertext that no longer decrypts to what was encrypted. */
async function undecryptable(qkms: Qkms, rotations: readonly Rotation[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { keyId, ciphertext } of rotations) {
    if (ciphertext === undefined) continue;
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: ciphertext });
    if (reply.status !== 200 || text(reply.body.Plaintext) !== `after a rotation of ${keyId}`) {
      failures.push(`${keyId}: ${String(reply.body.__type)}`);
    }
  }
  return failures;
}

describe.each<Locking>(['a lock per request', 'locks kept between requests'])('two tabs on one IndexedDB sandbox, %s', (locking) => {
  test('two tabs rotating the same 20 keys at once keep every rotation they acknowledged, and every ciphertext decrypts', async () => {
    const { a, b } = twoTabs(locking);
    const keys = await createKeys(a, 20);

    // Each tab walks the keys in order, as a script in each tab would, so the two meet on the same keys.
    const refusals: string[] = [];
    const walk = async (tab: Qkms) => {
      const done: Rotation[] = [];
      for (const keyId of keys) for (let round = 0; round < 2; round += 1) done.push(await rotateAndEncrypt(tab, keyId));
      return done;
    };
    const rotations = (await Promise.all([walk(a), walk(b)])).flat();

    expect(rotations.filter((r) => !r.rotated || r.ciphertext === undefined)).toEqual([]);
    expect({ lost: await lostRotations(b, keys, rotations), undecryptable: await undecryptable(a, rotations) }).toEqual({
      lost: [],
      undecryptable: [],
    });
  });

  test('nothing acknowledged is lost when two tabs create keys, rotate, grant and toggle the same keys at once', async () => {
    const { a, b } = twoTabs(locking);
    const [fromA, fromB] = await Promise.all([createKeys(a, 8), createKeys(b, 8)]);
    const keys = [...fromA, ...fromB];
    // One tab owns each key's state, so its last acknowledged change is well defined; the other tab grants on it.
    const owner = (index: number) => (index % 2 === 0 ? a : b);
    const toggles = (index: number) => ['DisableKey', index % 3 === 0 ? 'DisableKey' : 'EnableKey'] as const;

    const refusals: string[] = [];
    const walk = async (tab: Qkms) => {
      const rotations: Rotation[] = [];
      const grants: { keyId: string; grantId: string }[] = [];
      const states = new Map<string, 'Enabled' | 'Disabled'>();
      for (let round = 0; round < 2; round += 1) {
        for (const [index, keyId] of keys.entries()) {
          rotations.push(await rotateAndEncrypt(tab, keyId));
          if (owner(index) === tab) {
            const operation = toggles(index)[round];
            if ((await call(tab, operation, { KeyId: keyId })).status === 200) {
              states.set(keyId, operation === 'DisableKey' ? 'Disabled' : 'Enabled');
            }
          } else {
            const reply = await call(tab, 'CreateGrant', {
              KeyId: keyId,
              GranteePrincipal: 'arn:verenc:111122223333:role/ExampleRole',
              Operations: ['Decrypt'],
            });
            if (reply.status === 200) grants.push({ keyId, grantId: String(reply.body.GrantId) });
            // The owner tab may just have disabled the key, and CreateGrant refuses a disabled key.
            else refusals.push(String(reply.body.__type));
          }
        }
      }
      return { rotations, grants, states };
    };
    const [walkA, walkB] = await Promise.all([walk(a), walk(b)]);
    const rotations = [...walkA.rotations, ...walkB.rotations];
    const grants = [...walkA.grants, ...walkB.grants];

    const problems: string[] = [];
    const listedKeys = ((await call(a, 'ListKeys', { Limit: 1000 })).body.Keys as { KeyId: string }[]).map((key) => key.KeyId);
    for (const [index, keyId] of keys.entries()) {
      if (!listedKeys.includes(keyId)) problems.push(`${keyId} is missing`);
      const expected = (owner(index) === a ? walkA : walkB).states.get(keyId);
      const state = ((await call(b, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata as { KeyState: string }).KeyState;
      if (state !== expected) problems.push(`${keyId} is ${state}, but the last acknowledged change made it ${String(expected)}`);
      const listedGrants = ((await call(a, 'ListGrants', { KeyId: keyId })).body.Grants as { GrantId: string }[]).map((g) => g.GrantId);
      for (const grant of grants) {
        if (grant.keyId === keyId && !listedGrants.includes(grant.grantId)) problems.push(`${keyId}: grant ${grant.grantId} is missing`);
      }
    }
    problems.push(...(await lostRotations(b, keys, rotations)));
    for (const keyId of keys) await call(a, 'EnableKey', { KeyId: keyId });
    problems.push(...(await undecryptable(b, rotations)).map((failure) => `a ciphertext no longer decrypts: ${failure}`));

    expect(listedKeys).toHaveLength(SEEDED_KEY_IDS.length + keys.length);
    expect(grants.length + refusals.length).toBe(2 * keys.length);
    expect(grants.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(refusals.length > 0 ? ['DisabledException'] : []));
    expect(problems).toEqual([]);
  });

  test('the example keys never vanish from one tab while the other resets the sandbox', async () => {
    const { a, b } = twoTabs(locking);
    await call(a, 'ListKeys', {});
    const resets = Array.from({ length: 20 }, () => b.reset());
    const reads = Array.from({ length: 100 }, (_, index) => call(a, 'DescribeKey', { KeyId: index % 2 === 0 ? KEY_1 : KEY_2 }));
    const [, replies] = await Promise.all([Promise.all(resets), Promise.all(reads)]);
    expect(replies.filter((reply) => reply.status !== 200).map((reply) => reply.body.__type)).toEqual([]);
  });

  test('a key scheduled for deletion in one tab while a slower tab purges a due key is still deleted on its date', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const { a, b } = twoTabs(locking, { clock: () => new Date(now), delays: [lagging(0), lagging(3)] });
    const survivors: string[] = [];
    for (let round = 0; round < 8; round += 1) {
      const [due, later] = await createKeys(a, 2);
      await call(a, 'ScheduleKeyDeletion', { KeyId: due, PendingWindowInDays: 7 });
      now += 7 * DAY;
      // Each of b's requests finds `due` due and purges it while a schedules `later`.
      await Promise.all([
        call(a, 'ScheduleKeyDeletion', { KeyId: later, PendingWindowInDays: 7 }),
        ...Array.from({ length: 4 }, () => call(b, 'ListKeys', {})),
      ]);
      now += 7 * DAY;
      if ((await call(b, 'DescribeKey', { KeyId: later })).status === 200) survivors.push(later);
    }
    expect(survivors).toEqual([]);
  });

});

describe('the lock of an IndexedDB sandbox', () => {
  test('requests hold the lock named after the database, so another database is not held up by it', async () => {
    const factory = new IDBFactory();
    const locks = createLockManagerDouble();
    const sandbox = createQkms({ store: createIndexedDbStore({ indexedDB: factory, name: 'one' }), locks });
    const other = createQkms({ store: createIndexedDbStore({ indexedDB: factory, name: 'two' }), locks });
    await call(sandbox, 'ListKeys', {});
    expect(locks.requested).toContain('qkms-store:one');

    const release = await locks.hold('qkms-store:one');
    let answered = false;
    const waiting = call(sandbox, 'ListKeys', {}).then((reply) => {
      answered = true;
      return reply;
    });
    expect((await call(other, 'ListKeys', {})).status).toBe(200);
    expect(answered).toBe(false);
    release();
    expect((await waiting).status).toBe(200);
  });

  test("takes the browser's navigator.locks when no lock manager is passed", async () => {
    const locks = createLockManagerDouble();
    vi.stubGlobal('navigator', { locks });
    try {
      await call(createQkms({ store: createIndexedDbStore({ indexedDB: new IDBFactory(), name: 'profile' }) }), 'ListKeys', {});
    } finally {
      vi.unstubAllGlobals();
    }
    expect(locks.requested).toContain('qkms-store:profile');
  });

  test('a browser without Web Locks still answers requests on IndexedDB one at a time', async () => {
    vi.stubGlobal('navigator', {});
    try {
      const qkms = createQkms({ store: createIndexedDbStore({ indexedDB: new IDBFactory() }) });
      await Promise.all(Array.from({ length: 5 }, () => call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 })));
      expect(await rotationCount(qkms, KEY_1)).toBe(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { b64, call } from '../../mock-server/support/call';
import { createLockManagerDouble } from '../../mock-server/support/lockManagerDouble';

describe('getSandbox', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps the Web Lock across requests that follow one another, and another tab still sees their writes', async () => {
    const indexedDB = new IDBFactory();
    const locks = createLockManagerDouble();
    vi.stubGlobal('indexedDB', indexedDB);
    vi.stubGlobal('navigator', { locks });
    // The page's channel to other tabs; in Node a BroadcastChannel would keep the test process alive.
    vi.stubGlobal('BroadcastChannel', undefined);
    const { getSandbox } = await import('../../../../src/sandbox/getSandbox');
    const { qkms, storage } = await getSandbox();
    expect(storage).toBe('indexeddb');

    const encrypt = () => call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('kept') });
    await encrypt();
    const takenBefore = locks.requested.length;
    // Sent at once, they queue and follow one another with no pause: with the clock still, no hold grows too long.
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const replies = await Promise.all(Array.from({ length: 5 }, encrypt));
    vi.restoreAllMocks();
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
    expect(locks.requested.length - takenBefore).toBeLessThanOrEqual(1);

    // Another tab takes the lock once this one lets it go, and reads the last use the fifth Encrypt recorded.
    const lastUse = (await call(qkms, 'GetKeyLastUsage', { KeyId: EXAMPLE_KEY_ID })).body.KeyLastUsage;
    vi.resetModules();
    const { getSandbox: getSandboxInOtherTab } = await import('../../../../src/sandbox/getSandbox');
    const otherTab = await getSandboxInOtherTab();
    const seen = await call(otherTab.qkms, 'GetKeyLastUsage', { KeyId: EXAMPLE_KEY_ID });
    expect(seen.body.KeyLastUsage).toEqual(lastUse);
  });
});

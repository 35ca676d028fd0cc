import { createHeldLocks, createIndexedDbStore, createMemoryFallbackStore, createMemoryStore, createQkms } from '../../mock-server';
import type { Qkms } from '../../mock-server';
import { notifySandboxChanged } from './sandboxChanges';

export interface Sandbox {
  readonly qkms: Qkms;
  /**
   * 'memory' when IndexedDB is unavailable (private browsing, blocked storage) or became full: keys
   * last until the tab closes. It can turn from 'indexeddb' to 'memory' later, on a full disk.
   */
  readonly storage: 'indexeddb' | 'memory';
  /** Why the sandbox is in memory, for the notice; undefined while it is in IndexedDB. */
  readonly memoryReason: string | undefined;
}

let sandbox: Promise<Sandbox> | undefined;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function openSandbox(): Promise<Sandbox> {
  let memoryReason: string | undefined;
  // Kept between back-to-back requests, so they skip taking the lock and checking for other tabs' commits.
  const locks =
    typeof navigator === 'undefined' || navigator.locks === undefined
      ? undefined
      : createHeldLocks(navigator.locks, { channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel('qkms-locks') : undefined });
  const persistent = createIndexedDbStore({ name: 'qkms-sandbox', locks });
  try {
    // Opening the database is where private modes and blocked storage fail; find out before the first request.
    await persistent.list('meta');
    // Read outside any request's lock: the first request checks again for other tabs' writes.
    await persistent.commit?.();
  } catch (error) {
    memoryReason = reasonOf(error);
    return { qkms: createQkms({ store: createMemoryStore() }), storage: 'memory', memoryReason };
  }
  const store = createMemoryFallbackStore(persistent, {
    onFallback: (reason) => {
      memoryReason = reason;
      notifySandboxChanged();
    },
  });
  return {
    qkms: createQkms({ store, locks }),
    get storage() {
      return memoryReason === undefined ? 'indexeddb' : 'memory';
    },
    get memoryReason() {
      return memoryReason;
    },
  };
}

/** The page's one sandbox (one per browser profile, since it lives in IndexedDB); every tester shares it. */
export function getSandbox(): Promise<Sandbox> {
  sandbox ??= openSandbox();
  return sandbox;
}

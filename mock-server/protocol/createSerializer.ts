import type { RequestLocks } from '../store/RequestLocks';

export interface Serializer {
  /** Runs `work` alone: after every earlier piece of work, and before any later one. */
  <T>(work: () => Promise<T>): Promise<T>;
  /**
   * Called inside work: lets later work run while `pause` (cryptography on bytes already read, which
   * reads and writes nothing) is awaited, then waits for its turn again. Only for a store no other
   * instance reaches; with a lock name, work holds its lock throughout and `pause` is simply awaited.
   */
  unlocked<T>(pause: () => Promise<T>): Promise<T>;
}

/**
 * Runs each piece of work alone: after this instance's earlier work (a FIFO queue) and, when
 * the store names a lock and a lock manager is there, while holding that lock, so no other
 * instance on the same records (another tab) runs in between. A lock and not one IndexedDB
 * transaction, because a transaction commits at the first await on WebCrypto, in the middle of
 * a read, encrypt, write. Without a lock manager (old browsers, Node) or a lock name (the memory
 * store) the queue alone serialises, which is enough when only this instance reaches the store.
 */
export function createSerializer(lockName: string | undefined, locks: RequestLocks | undefined): Serializer {
  let held = false;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (!held) {
      held = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  // Hands the turn straight to the next waiter, so nothing can slip in between.
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) held = false;
    else next();
  };
  const exclusive = <T>(work: () => Promise<T>): Promise<T> =>
    lockName === undefined || locks === undefined ? work() : locks.request(lockName, { mode: 'exclusive' }, () => work());
  const serialize = async <T>(work: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await exclusive(work);
    } finally {
      release();
    }
  };
  const unlocked = async <T>(pause: () => Promise<T>): Promise<T> => {
    if (lockName !== undefined) return pause();
    release();
    try {
      return await pause();
    } finally {
      await acquire();
    }
  };
  return Object.assign(serialize, { unlocked });
}

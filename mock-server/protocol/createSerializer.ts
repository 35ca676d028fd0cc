import type { RequestLocks } from '../store/RequestLocks';

export type Serializer = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * Runs each piece of work alone: after this instance's earlier work (a promise queue) and, when
 * the store names a lock and a lock manager is there, while holding that lock, so no other
 * instance on the same records (another tab) runs in between. A lock and not one IndexedDB
 * transaction, because a transaction commits at the first await on WebCrypto, in the middle of
 * a read, encrypt, write. Without a lock manager (old browsers, Node) or a lock name (the memory
 * store) the queue alone serialises, which is enough when only this instance reaches the store.
 */
export function createSerializer(lockName: string | undefined, locks: RequestLocks | undefined): Serializer {
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive: Serializer =
    lockName === undefined || locks === undefined ? (work) => work() : (work) => locks.request(lockName, { mode: 'exclusive' }, () => work());
  return (work) => {
    const result = queue.then(() => exclusive(work));
    queue = result.catch(() => undefined);
    return result;
  };
}

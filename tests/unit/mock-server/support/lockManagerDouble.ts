export interface LockManagerDouble {
  request<T>(name: string, options: { readonly mode: 'exclusive' }, callback: () => Promise<T>): Promise<T>;
  /** Every name asked for, in the order asked. */
  readonly requested: readonly string[];
  /** Takes the lock `name` as another tab would, until the returned release is called. */
  hold(name: string): Promise<() => void>;
}

/**
 * Web Locks as one browser profile has them, inside one process: an exclusive lock per name,
 * granted in request order, held until the callback's promise settles. Every backend instance
 * given the same double behaves as a tab of the same profile.
 */
export function createLockManagerDouble(): LockManagerDouble {
  const tails = new Map<string, Promise<void>>();
  const requested: string[] = [];

  function acquire(name: string): Promise<() => void> {
    const previous = tails.get(name) ?? Promise.resolve();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    tails.set(name, previous.then(() => held));
    return previous.then(() => release);
  }

  return {
    requested,
    async request<T>(name: string, _options: { readonly mode: 'exclusive' }, callback: () => Promise<T>): Promise<T> {
      requested.push(name);
      const release = await acquire(name);
      try {
        return await callback();
      } finally {
        release();
      }
    },
    hold: acquire,
  };
}

import type { RequestLocks } from './RequestLocks';

/** RequestLocks that keep a lock a moment after each request and can tell a store whether it was let go since. */
export interface HeldLocks extends RequestLocks {
  /**
   * A number naming this instance's current unbroken hold of the lock `name`, or undefined while it does not hold
   * it. Two reads giving the same number mean no other tab held the lock in between, so none wrote.
   */
  holding(name: string): number | undefined;
}

/** The part of BroadcastChannel the locks use to ask another tab for a lock it keeps. */
export interface LockChannel {
  postMessage(message: string): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
}

export interface HeldLocksOptions {
  /** How long a lock is kept after a request when no other follows. */
  readonly lingerMs?: number;
  /** The longest unbroken hold: past it the lock is let go between two requests, so other tabs get their turn. */
  readonly maxHoldMs?: number;
  /**
   * Where each instance says it is waiting for a lock, so one keeping it lets go after its current request
   * instead of at the end of its linger (a hidden tab's timers may run a second late). Every tab passes the same
   * channel name; without one, lingerMs and maxHoldMs alone bound the wait.
   */
  readonly channel?: LockChannel;
}

interface Hold {
  readonly id: number;
  readonly since: number;
  readonly letGo: () => void;
  busy: boolean;
  /** Another tab asked for the lock: let go when the current request ends. */
  wanted: boolean;
  linger?: ReturnType<typeof setTimeout>;
}

/**
 * Web Locks kept across back-to-back requests. Taking a Web Lock is a round trip to the browser process, and
 * so is the IndexedDB store's check for other tabs' commits that must follow each new hold: a tab sending
 * requests one after another keeps the lock between them (lingerMs), up to maxHoldMs, and its store skips the
 * check while holding() has not changed. Requests still run one at a time and under the lock; another tab waits
 * at most for the current request (when the channel reaches it), else the linger or the longest hold.
 * One instance per store: holding() vouches only for writes made through this instance's requests.
 */
export function createHeldLocks(locks: RequestLocks, options: HeldLocksOptions = {}): HeldLocks {
  const lingerMs = options.lingerMs ?? 4;
  const maxHoldMs = options.maxHoldMs ?? 50;
  const holds = new Map<string, Hold>();
  const queues = new Map<string, Promise<unknown>>();
  let holdsTaken = 0;

  const letGo = (name: string, hold: Hold): void => {
    if (holds.get(name) !== hold) return;
    clearTimeout(hold.linger);
    holds.delete(name);
    hold.letGo();
  };

  options.channel?.addEventListener('message', ({ data }) => {
    const hold = typeof data === 'string' ? holds.get(data) : undefined;
    if (hold === undefined) return;
    if (hold.busy) hold.wanted = true;
    else letGo(data as string, hold);
  });

  /** Resolves once the Web Lock is granted, to a hold kept until letGo. */
  const take = (name: string): Promise<Hold> =>
    new Promise<Hold>((granted, refused) => {
      options.channel?.postMessage(name);
      locks
        .request(name, { mode: 'exclusive' }, () => {
          return new Promise<void>((released) => {
            holdsTaken += 1;
            const hold: Hold = { id: holdsTaken, since: performance.now(), letGo: released, busy: false, wanted: false };
            holds.set(name, hold);
            granted(hold);
          });
        })
        .catch(refused);
    });

  async function run<T>(name: string, callback: () => Promise<T>): Promise<T> {
    let hold = holds.get(name);
    if (hold !== undefined && (hold.wanted || performance.now() - hold.since > maxHoldMs)) {
      letGo(name, hold);
      hold = undefined;
    }
    hold ??= await take(name);
    clearTimeout(hold.linger);
    hold.busy = true;
    try {
      return await callback();
    } finally {
      hold.busy = false;
      const kept = hold;
      if (kept.wanted) letGo(name, kept);
      else kept.linger = setTimeout(() => letGo(name, kept), lingerMs);
    }
  }

  return {
    holding: (name) => holds.get(name)?.id,
    request<T>(name: string, _options: { readonly mode: 'exclusive' }, callback: () => Promise<T>): Promise<T> {
      // One at a time, as the Web Lock would have it: a request never finds the lock kept for another.
      const turn = (queues.get(name) ?? Promise.resolve()).then(() => run(name, callback));
      queues.set(name, turn.catch(() => undefined));
      return turn;
    },
  };
}

/** When and how long the queue may work: the browser's idle callbacks and clock, or a test's. */
export interface IdleScheduler {
  /** Runs `work` in a later task, when the page is idle. */
  readonly whenIdle: (work: () => void) => void;
  readonly now: () => number;
}

/**
 * Runs queued work in idle tasks, in order, as many items per task as fit in `budgetMs` (at least one): low-priority
 * work that arrives in bursts without making a long task of the burst.
 */
export function createIdleQueue<T>(run: (item: T) => void, scheduler: IdleScheduler, budgetMs: number): (item: T) => void {
  const waiting: T[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scheduler.whenIdle(runSome);
  };
  function runSome(): void {
    scheduled = false;
    const start = scheduler.now();
    do {
      if (waiting.length === 0) return;
      run(waiting.shift() as T);
    } while (scheduler.now() - start < budgetMs);
    if (waiting.length > 0) schedule();
  }
  return (item) => {
    waiting.push(item);
    schedule();
  };
}

/** The browser's idle callbacks (a timer where there are none, as in Safari), and performance.now(). */
export const browserIdleScheduler: IdleScheduler = {
  whenIdle: (work) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
    else setTimeout(work, 50);
  },
  now: () => performance.now(),
};

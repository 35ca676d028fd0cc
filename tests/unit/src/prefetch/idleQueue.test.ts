import { describe, expect, test } from 'vitest';
import { createIdleQueue, type IdleScheduler } from '../../../../src/prefetch/idleQueue';

/** Idle tasks the test runs by hand, and a clock that each item of work advances by `msPerItem`. */
function fakeIdle(msPerItem: number) {
  const tasks: (() => void)[] = [];
  let clock = 0;
  const scheduler: IdleScheduler = { whenIdle: (work) => tasks.push(work), now: () => clock };
  const ranPerTask: string[][] = [];
  const run = (item: string) => {
    ranPerTask[ranPerTask.length - 1].push(item);
    clock += msPerItem;
  };
  const runNextTask = () => {
    ranPerTask.push([]);
    tasks.shift()?.();
  };
  return { scheduler, run, runNextTask, tasks, ranPerTask };
}

describe('idle queue', () => {
  test('nothing runs in the task that queues it, and a burst is one idle task, not one per item', () => {
    const idle = fakeIdle(1);
    const enqueue = createIdleQueue(idle.run, idle.scheduler, 4);
    ['a', 'b', 'c'].forEach(enqueue);
    expect(idle.ranPerTask).toEqual([]);
    expect(idle.tasks).toHaveLength(1);
  });

  test('each idle task runs items in order until its budget is spent, and the rest wait for the next', () => {
    const idle = fakeIdle(1.5);
    const enqueue = createIdleQueue(idle.run, idle.scheduler, 4);
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'].forEach(enqueue);
    while (idle.tasks.length > 0) idle.runNextTask();
    expect(idle.ranPerTask).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  });

  test('an item longer than the budget still runs, one per task', () => {
    const idle = fakeIdle(10);
    const enqueue = createIdleQueue(idle.run, idle.scheduler, 4);
    ['a', 'b'].forEach(enqueue);
    while (idle.tasks.length > 0) idle.runNextTask();
    expect(idle.ranPerTask).toEqual([['a'], ['b']]);
  });

  test('items queued after the queue drained get a new idle task', () => {
    const idle = fakeIdle(1);
    const enqueue = createIdleQueue(idle.run, idle.scheduler, 4);
    enqueue('a');
    idle.runNextTask();
    enqueue('b');
    expect(idle.tasks).toHaveLength(1);
    idle.runNextTask();
    expect(idle.ranPerTask).toEqual([['a'], ['b']]);
  });
});

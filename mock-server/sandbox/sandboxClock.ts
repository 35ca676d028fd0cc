import type { Store } from '../store/Store';

/** The meta record that holds the sandbox clock's offset (see records/MetaRecord). */
export const SANDBOX_CLOCK = 'sandbox-clock';

/** The longest single step: 100 years, far past any waiting period or rotation period. */
export const MAX_CLOCK_STEP_MS = 100 * 365 * 24 * 60 * 60 * 1000;

/**
 * How far the sandbox's clock runs ahead of the real one, in milliseconds (0 on a fresh sandbox).
 * It lives in the store, not in the page, so every tab on the store and a server's restart see one clock.
 */
export async function readClockOffset(store: Store): Promise<number> {
  const record = await store.get('meta', SANDBOX_CLOCK);
  return record?.kind === 'sandbox-clock' ? record.offsetMs : 0;
}

/** Why `ms` is not a step the sandbox clock can take, or undefined when it is one. */
export function clockStepProblem(ms: number): string | undefined {
  if (!Number.isSafeInteger(ms) || ms <= 0) return `the sandbox clock only moves forward: give a whole number of milliseconds above 0, got ${ms}`;
  if (ms > MAX_CLOCK_STEP_MS) return `the sandbox clock moves at most 100 years at a time, got ${ms} ms`;
  return undefined;
}

/** Moves the sandbox clock `ms` forward (checked with clockStepProblem first); returns the new offset. */
export async function advanceClockOffset(store: Store, ms: number): Promise<number> {
  const offsetMs = (await readClockOffset(store)) + ms;
  await store.put('meta', SANDBOX_CLOCK, { kind: 'sandbox-clock', offsetMs });
  return offsetMs;
}

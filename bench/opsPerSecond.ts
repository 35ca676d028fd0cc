/** How many times `operation` completes per second, run back to back for `sliceMs`. */
export async function opsPerSecond(operation: () => Promise<unknown>, sliceMs: number): Promise<number> {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < sliceMs) {
    await operation();
    count++;
  }
  return count / ((performance.now() - started) / 1000);
}

/**
 * How long each side of a case runs before it is measured. The raw side is native code and is fast from the start;
 * the backend is a few thousand lines of JavaScript that V8 compiles in tiers, and after twenty calls it still ran at
 * half its steady speed (Encrypt 840 µs a call in its first 250 ms, 260 µs after 1.5 s). A server and a reader's tab
 * both run warm, so the figures are taken warm.
 */
export const WARM_UP_MS = 1500;

/** Runs each operation back to back for `ms`, in turn, so every side reaches its steady speed before it is measured. */
export async function warmUp(operations: readonly (() => Promise<unknown>)[], ms = WARM_UP_MS): Promise<void> {
  for (const operation of operations) await opsPerSecond(operation, ms);
}

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

/**
 * Issue 10's third target in Node: each operation through the backend's fetch handler against the same
 * cryptography done directly, ratio per operation (see handlerVsRaw/cases.ts). BENCH_MS: time per
 * operation (default 4000), split into alternating slices. BENCH_ONLY: a substring of the operations to run.
 */
import { benchCases, formatResults, measure } from './handlerVsRaw/cases';

const totalMs = Number(process.env.BENCH_MS ?? 4000);
const slices = 8;
const only = process.env.BENCH_ONLY ?? '';

async function main(): Promise<void> {
  const results = [];
  for (const benchCase of (await benchCases()).filter((candidate) => candidate.name.includes(only))) results.push(await measure(benchCase, totalMs / slices / 2, slices));
  console.log(formatResults(`Fetch handler vs raw crypto, Node ${process.version}, ${totalMs} ms per operation`, results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Issue 10's third target in Node: each operation through the backend's fetch handler against the same
 * cryptography done directly, ratio per operation (see handlerVsRaw/cases.ts). BENCH_MS: time per
 * operation (default 4000), split into alternating slices. BENCH_ONLY: a substring of the operations to run.
 * Every case runs twice: on the backend as the page builds it (WebCrypto) and as the Node server builds it
 * (createNodeQkms: node:crypto's AES-GCM, HMAC and ECDSA, no worker-thread hop), both against raw WebCrypto.
 * BENCH_HANDLE=1 also measures them through the Node server's `qkms.handle` (the core without fetch's Request
 * and Response, as the server calls it), for context.
 *
 * After the table, one line measures the fetch objects alone against the raw AES-GCM encryption of the
 * Encrypt case: what a fetch handler pays around any work (the caller's Request, reading its body, the
 * Response, reading its JSON), and so the best ratio any backend could reach through fetch on that case.
 */
import { createNodeQkms } from '../mock-server/node/createNodeQkms';
import { benchCases, describeFetchCeiling, fetchCeilingCase, formatResults, measure, symmetricCases } from './handlerVsRaw/cases';
import { kmsHandleSender, kmsSender } from './support/kmsSender';

const totalMs = Number(process.env.BENCH_MS ?? 4000);
const slices = 8;
const only = process.env.BENCH_ONLY ?? '';
const withHandle = process.env.BENCH_HANDLE === '1';

async function main(): Promise<void> {
  const run = async (title: string, cases: Awaited<ReturnType<typeof benchCases>>) => {
    const results = [];
    for (const benchCase of cases.filter((candidate) => candidate.name.includes(only))) results.push(await measure(benchCase, totalMs / slices / 2, slices));
    console.log(formatResults(title, results));
  };
  await run(`Fetch handler (WebCrypto, as in the page) vs raw crypto, Node ${process.version}, ${totalMs} ms per operation`, await benchCases());
  const nodeQkms = createNodeQkms();
  await run(`Fetch handler as the Node server builds it (node:crypto AES-GCM, HMAC, ECDSA) vs raw WebCrypto`, await benchCases(nodeQkms));
  console.log(describeFetchCeiling(await measure(await fetchCeilingCase(), totalMs / slices / 2, slices)));
  if (withHandle) {
    await run(`The Node server's qkms.handle (no Request/Response) vs raw WebCrypto, for context`, await symmetricCases(kmsHandleSender(nodeQkms)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Issue 10's third target in Node: each operation through the backend's fetch handler against the same
 * cryptography done directly, ratio per operation (see handlerVsRaw/cases.ts). BENCH_MS: time per
 * operation (default 4000), split into alternating slices. BENCH_ONLY: a substring of the operations to run.
 * The symmetric cases run twice: on the backend as the page builds it (WebCrypto's AES-GCM) and as the Node
 * server builds it (createNodeQkms: node:crypto's AES-GCM, no worker-thread hop), both against raw WebCrypto.
 * BENCH_HANDLE=1 also measures them through the Node server's `qkms.handle` (the core without fetch's Request
 * and Response, as the server calls it), for context.
 *
 * After the table, one line measures the fetch objects alone against the raw AES-GCM encryption of the
 * Encrypt case: what a fetch handler pays around any work (the caller's Request, reading its body, the
 * Response, reading its JSON), and so the best ratio any backend could reach through fetch on that case.
 */
import { createNodeQkms } from '../mock-server/node/createNodeQkms';
import { benchCases, formatResults, measure, symmetricCases } from './handlerVsRaw/cases';
import { kmsHandleSender, kmsSender } from './support/kmsSender';

const totalMs = Number(process.env.BENCH_MS ?? 4000);
const slices = 8;
const only = process.env.BENCH_ONLY ?? '';
const withHandle = process.env.BENCH_HANDLE === '1';

const message = new TextEncoder().encode('Quarterly figures: 1.2M, 3.4M, 5.6M'.padEnd(256, '.'));
const requestBody = JSON.stringify({ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Plaintext: btoa(String.fromCharCode(...message)) });
const answerBody = JSON.stringify({ CiphertextBlob: btoa(String.fromCharCode(...new Uint8Array(370))), KeyId: 'arn:verenc:kms:…' });

/** What a fetch round trip costs with no backend at all: the same shape of request and answer as Encrypt's. */
async function fetchObjectsAlone(): Promise<unknown> {
  const request = new Request('http://qkms.local/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.Encrypt' },
    body: requestBody,
  });
  await request.arrayBuffer();
  const response = new Response(answerBody, { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'id' } });
  return response.json();
}

async function fetchCeiling(): Promise<string> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const raw = () => crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)), tagLength: 128 }, key, message);
  const [result] = [await measure({ name: 'fetch objects alone', backend: fetchObjectsAlone, raw }, totalMs / slices / 2, slices)];
  // Backend time can be no less than the fetch objects' time plus the raw crypto's: 1/(1/objects + 1/raw) per second.
  const ceiling = result.ratio / (1 + result.ratio);
  return (
    `fetch objects alone (new Request, arrayBuffer, new Response, json): ${result.backendPerSecond.toFixed(0)}/s, ${result.ratio.toFixed(2)}x raw AES-GCM 256 B; ` +
    `so no fetch handler can pass ${ceiling.toFixed(2)}x on Encrypt (256 B)`
  );
}

async function main(): Promise<void> {
  const run = async (title: string, cases: Awaited<ReturnType<typeof benchCases>>) => {
    const results = [];
    for (const benchCase of cases.filter((candidate) => candidate.name.includes(only))) results.push(await measure(benchCase, totalMs / slices / 2, slices));
    console.log(formatResults(title, results));
  };
  await run(`Fetch handler (WebCrypto AES-GCM, as in the page) vs raw crypto, Node ${process.version}, ${totalMs} ms per operation`, await benchCases());
  const nodeQkms = createNodeQkms();
  await run(`Fetch handler as the Node server builds it (node:crypto AES-GCM) vs raw WebCrypto`, await symmetricCases(kmsSender(nodeQkms)));
  console.log(await fetchCeiling());
  if (withHandle) {
    await run(`The Node server's qkms.handle (no Request/Response) vs raw WebCrypto, for context`, await symmetricCases(kmsHandleSender(nodeQkms)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

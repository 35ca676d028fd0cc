/**
 * 60 s of mixed KMS operations over loopback HTTP against the Node server (in its own process),
 * from N concurrent clients: requests/s, p50 and p99 latency and errors per operation, and the
 * server's RSS and live heap sampled every second (first against last 10 s, and the slope).
 * The mix keeps the server's state bounded — every alias, grant and key it creates it deletes,
 * revokes or schedules for deletion and purges (through the sandbox clock) — so memory that keeps
 * growing is a leak, not data.
 *
 *   npx tsx bench/load.ts [--duration <seconds>] [--clients <n>]
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '60' }, clients: { type: 'string', default: '8' } } });
const durationS = Number(values.duration);
const clients = Number(values.clients);
if (!(durationS >= 5) || !Number.isInteger(clients) || clients < 1) {
  throw new Error('usage: tsx bench/load.ts [--duration <seconds, at least 5>] [--clients <n>]');
}

const EXAMPLE_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const SECOND_KEY_ID = '0987dcba-09fe-87dc-65ba-ab0987654321';
const SIGNING_KEY_ID = '5a1e7c3d-9b2f-4e6a-8c0d-1f2e3d4c5b6a';
const MAC_KEY_ID = '7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a';
const GRANTEE = 'arn:verenc:111122223333:role/ExampleRole';
const PLAINTEXT = Buffer.alloc(1024, 'Quarterly figures. ').toString('base64');
const MESSAGE = Buffer.from('Ship 1,000 units to Rotterdam').toString('base64');

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

interface OperationStats {
  latenciesMs: number[];
  errors: number;
  firstError?: string;
}

const stats = new Map<string, OperationStats>();

function record(operation: string, ms: number, problem: string | undefined): void {
  const entry = stats.get(operation) ?? { latenciesMs: [], errors: 0 };
  entry.latenciesMs.push(ms);
  if (problem !== undefined) {
    entry.errors += 1;
    entry.firstError ??= problem;
  }
  stats.set(operation, entry);
}

/**
 * One timed request. `expect` is the answer the mix expects (200 unless said otherwise); any other
 * answer is an error of the run.
 */
async function send(url: string, operation: string, body: object, expect: { status?: number; type?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}`, ...expect.headers },
    body: JSON.stringify(body),
  });
  const reply: Reply = { status: response.status, body: (await response.json()) as Record<string, unknown> };
  const wanted = expect.status ?? 200;
  const problem =
    reply.status !== wanted || (expect.type !== undefined && reply.body.__type !== expect.type)
      ? `${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`
      : undefined;
  record(expect.type === undefined ? operation : `${operation} (expects ${expect.type})`, performance.now() - started, problem);
  return reply;
}

type Step = (url: string, client: number, iteration: number) => Promise<void>;

/** The mix: weights are how often each step is drawn; a step may send several requests that belong together. */
function mix(ciphertext: string, signature: string, mac: string): readonly (readonly [number, Step])[] {
  return [
    [6, async (url) => void (await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: PLAINTEXT, EncryptionContext: { Department: 'Finance' } }))],
    [6, async (url) => void (await send(url, 'Decrypt', { CiphertextBlob: ciphertext, EncryptionContext: { Department: 'Finance' } }))],
    [
      4,
      async (url) =>
        void (await send(url, 'ReEncrypt', {
          CiphertextBlob: ciphertext,
          SourceEncryptionContext: { Department: 'Finance' },
          DestinationKeyId: SECOND_KEY_ID,
        })),
    ],
    [4, async (url) => void (await send(url, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256' }))],
    [3, async (url) => void (await send(url, 'Sign', { KeyId: SIGNING_KEY_ID, Message: MESSAGE, SigningAlgorithm: 'ECDSA_SHA_256' }))],
    [3, async (url) => void (await send(url, 'Verify', { KeyId: SIGNING_KEY_ID, Message: MESSAGE, Signature: signature, SigningAlgorithm: 'ECDSA_SHA_256' }))],
    [2, async (url) => void (await send(url, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' }))],
    [2, async (url) => void (await send(url, 'VerifyMac', { KeyId: MAC_KEY_ID, Message: MESSAGE, Mac: mac, MacAlgorithm: 'HMAC_SHA_256' }))],
    [2, async (url) => void (await send(url, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }))],
    [1, async (url) => void (await send(url, 'ListKeys', { Limit: 100 }))],
    [
      1,
      async (url, client, iteration) => {
        const AliasName = `alias/load-${client}-${iteration}`;
        await send(url, 'CreateAlias', { AliasName, TargetKeyId: EXAMPLE_KEY_ID });
        await send(url, 'DeleteAlias', { AliasName });
      },
    ],
    [
      1,
      async (url) => {
        const grant = await send(url, 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: GRANTEE, Operations: ['Encrypt', 'Decrypt'] });
        await send(url, 'RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: grant.body.GrantId });
      },
    ],
    [
      1,
      async (url) => {
        // A key's whole life: made, scheduled for deletion, and gone once the sandbox clock passes its deletion date.
        const created = await send(url, 'CreateKey', { Description: 'load' });
        const KeyId = (created.body.KeyMetadata as { KeyId?: string } | undefined)?.KeyId;
        await send(url, 'ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
        await send(url, 'DescribeKey', { KeyId }, { status: 400, type: 'NotFoundException', headers: { 'X-Qkms-Sandbox-Advance-Clock': '8d' } });
      },
    ],
  ];
}

function pick(steps: readonly (readonly [number, Step])[]): Step {
  const total = steps.reduce((sum, [weight]) => sum + weight, 0);
  let draw = Math.random() * total;
  for (const [weight, step] of steps) {
    draw -= weight;
    if (draw < 0) return step;
  }
  return steps[steps.length - 1][1];
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Least-squares slope of y over x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

interface Sample {
  readonly atS: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly internalErrors: number;
}

async function main(): Promise<void> {
  const server = fork(path.resolve('bench/loadServer.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const samples: Sample[] = [];
  let startedAt = 0;
  const url = await new Promise<string>((resolve, reject) => {
    server.on('message', (message: { kind: string; url?: string; rssMb?: number; heapUsedMb?: number; internalErrors?: number }) => {
      if (message.kind === 'ready' && message.url !== undefined) resolve(message.url);
      if (message.kind === 'sample') {
        samples.push({ atS: (performance.now() - startedAt) / 1000, rssMb: message.rssMb ?? 0, heapUsedMb: message.heapUsedMb ?? 0, internalErrors: message.internalErrors ?? 0 });
      }
    });
    server.once('exit', (code) => reject(new Error(`the load server exited (${code}) before it listened`)));
  });

  // What Decrypt, ReEncrypt, Verify and VerifyMac take, made once before the clock starts.
  const encrypt = await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: PLAINTEXT, EncryptionContext: { Department: 'Finance' } });
  const sign = await send(url, 'Sign', { KeyId: SIGNING_KEY_ID, Message: MESSAGE, SigningAlgorithm: 'ECDSA_SHA_256' });
  const macked = await send(url, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' });
  const steps = mix(String(encrypt.body.CiphertextBlob), String(sign.body.Signature), String(macked.body.Mac));
  // Warm-up: JIT and lazy imports, not part of the figures.
  const warmUntil = performance.now() + 3000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < warmUntil; i += 1) await pick(steps)(url, client, -1 - i);
    }),
  );
  stats.clear();

  console.log(`load: ${clients} clients, ${durationS} s of mixed operations against ${url} (sampling the server's memory every second)`);
  startedAt = performance.now();
  const endAt = startedAt + durationS * 1000;
  const sampler = setInterval(() => server.send('sample'), 1000);
  server.send('sample');
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let iteration = 0; performance.now() < endAt; iteration += 1) await pick(steps)(url, client, iteration);
    }),
  );
  const elapsedS = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  server.send('sample');
  await new Promise((resolve) => setTimeout(resolve, 500));
  server.send('stop');

  let totalRequests = 0;
  let totalErrors = 0;
  const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log(`\n${'operation'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
  for (const [operation, entry] of rows) {
    const sorted = [...entry.latenciesMs].sort((a, b) => a - b);
    totalRequests += sorted.length;
    totalErrors += entry.errors;
    console.log(
      `${operation.padEnd(46)} ${(sorted.length / elapsedS).toFixed(1).padStart(8)} ${percentile(sorted, 50).toFixed(2).padStart(8)} ${percentile(sorted, 99).toFixed(2).padStart(8)} ${String(entry.errors).padStart(7)}`,
    );
    if (entry.firstError !== undefined) console.log(`    first error: ${entry.firstError}`);
  }
  const all = rows.flatMap(([, entry]) => entry.latenciesMs).sort((a, b) => a - b);
  console.log(`${'all'.padEnd(46)} ${(totalRequests / elapsedS).toFixed(1).padStart(8)} ${percentile(all, 50).toFixed(2).padStart(8)} ${percentile(all, 99).toFixed(2).padStart(8)} ${String(totalErrors).padStart(7)}`);

  const window = Math.round(Math.min(10, durationS / 3));
  const first = samples.filter((sample) => sample.atS <= window);
  const last = samples.filter((sample) => sample.atS >= elapsedS - window);
  const heapSlope = slope(samples.map((sample) => sample.atS / 60), samples.map((sample) => sample.heapUsedMb));
  const rssSlope = slope(samples.map((sample) => sample.atS / 60), samples.map((sample) => sample.rssMb));
  const heapGrowth = mean(last.map((sample) => sample.heapUsedMb)) - mean(first.map((sample) => sample.heapUsedMb));
  console.log(`\nserver memory, ${samples.length} samples (live heap after a full GC):`);
  console.log(`  heap used: first ${window} s ${mean(first.map((s) => s.heapUsedMb)).toFixed(1)} MB, last ${window} s ${mean(last.map((s) => s.heapUsedMb)).toFixed(1)} MB, slope ${heapSlope.toFixed(2)} MB/min`);
  console.log(`  rss:       first ${window} s ${mean(first.map((s) => s.rssMb)).toFixed(1)} MB, last ${window} s ${mean(last.map((s) => s.rssMb)).toFixed(1)} MB, slope ${rssSlope.toFixed(2)} MB/min`);
  const internalErrors = samples.at(-1)?.internalErrors ?? 0;
  // Flat: the live heap of the last seconds within 2 MB of the first (noise from in-flight requests at a sample).
  const flat = heapGrowth < 2;
  console.log(`  verdict: ${flat ? 'flat' : `GROWING (+${heapGrowth.toFixed(1)} MB)`}; ${totalErrors} unexpected answers, ${internalErrors} internal errors`);
  if (!flat || totalErrors > 0 || internalErrors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

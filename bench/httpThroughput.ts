/**
 * Issue 10's HTTP target: Encrypt (1 KB plaintext) and ReEncrypt over loopback against three servers, each in
 * its own process, with 1, 8 and 64 keep-alive connections from a load generator in yet another process:
 *   bare     node:http answering a canned reply (the ceiling every ratio is taken to),
 *   minimal  node:http that parses the JSON and AES-GCM-encrypts with WebCrypto (ReEncrypt: decrypts, then
 *            encrypts), the practical limit of a server doing the same cryptography,
 *   ours     startServer over createNodeQkms, quiet (what `npm run mock-server -- --quiet` runs).
 * and moto's server where `moto_server` is on the PATH. Prints req/s, p50, p99 and the ratio to bare.
 *
 *   npx tsx bench/httpThroughput.ts [--seconds <per server and case, default 3>] [--slices 3] [--connections 1,8,64] [--only bare,minimal,ours,moto]
 *
 * PROFILE=<dir> runs our server with --cpu-prof into that directory (read it with bench/support/cpuProfileSummary.ts).
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const AMZ_JSON = 'application/x-amz-json-1.1';
const EXAMPLE_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const SECOND_KEY_ID = '0987dcba-09fe-87dc-65ba-ab0987654321';
const PLAINTEXT = Buffer.alloc(1024, 'Quarterly figures. ').toString('base64');
const CONTEXT = { Department: 'Finance' };
const MOTO_PORT = 3439;

type ServerKind = 'bare' | 'minimal' | 'ours' | 'moto';
type OperationName = 'Encrypt' | 'ReEncrypt';

interface RunResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError?: string;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

// ---------------------------------------------------------------------------------------------- servers

function listen(handler: (incoming: IncomingMessage, res: ServerResponse) => void): void {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.({ kind: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function bareServer(): void {
  const reply = Buffer.from(JSON.stringify({ CiphertextBlob: Buffer.alloc(1100).toString('base64'), KeyId: EXAMPLE_KEY_ID }));
  listen((incoming, res) => {
    incoming.resume();
    incoming.on('end', () => {
      res.writeHead(200, { 'content-type': AMZ_JSON, 'content-length': reply.length });
      res.end(reply);
    });
  });
}

async function minimalServer(): Promise<void> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const additionalData = new TextEncoder().encode(JSON.stringify(CONTEXT));
  const seal = async (plaintext: Uint8Array<ArrayBuffer>): Promise<Buffer> => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext));
    return Buffer.concat([iv, sealed]);
  };
  const answer = async (target: string | undefined, body: Buffer): Promise<object> => {
    const input = JSON.parse(body.toString('utf8')) as { Plaintext?: string; CiphertextBlob?: string };
    if (target === 'TrentService.Encrypt') {
      return { CiphertextBlob: (await seal(new Uint8Array(Buffer.from(input.Plaintext ?? '', 'base64')))).toString('base64'), KeyId: EXAMPLE_KEY_ID };
    }
    const blob = Buffer.from(input.CiphertextBlob ?? '', 'base64');
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: blob.subarray(0, 12), additionalData }, key, blob.subarray(12));
    return { CiphertextBlob: (await seal(new Uint8Array(plaintext))).toString('base64'), KeyId: SECOND_KEY_ID, SourceKeyId: EXAMPLE_KEY_ID };
  };
  listen((incoming, res) => {
    void readAll(incoming)
      .then((body) => answer(incoming.headers['x-amz-target'] as string | undefined, body))
      .then(
        (output) => {
          const reply = Buffer.from(JSON.stringify(output));
          res.writeHead(200, { 'content-type': AMZ_JSON, 'content-length': reply.length });
          res.end(reply);
        },
        () => {
          res.writeHead(400, { 'content-type': AMZ_JSON });
          res.end('{"__type":"InvalidCiphertextException"}');
        },
      );
  });
}

async function ourServer(): Promise<void> {
  const { createNodeQkms } = await import('../mock-server/node/createNodeQkms');
  const { startServer } = await import('../mock-server/node/startServer');
  const qkms = createNodeQkms({ faults: false, advanceClockHeader: false });
  const server = await startServer({ qkms, port: 0 });
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
  process.send?.({ kind: 'ready', url: server.url });
}

// ---------------------------------------------------------------------------------------------- load generator

interface LoadOrder {
  readonly url: string;
  readonly operation: OperationName;
  readonly connections: number;
  readonly seconds: number;
  /** Headers every request carries besides Content-Type and X-Amz-Target (moto wants a SigV4-looking Authorization). */
  readonly headers: Record<string, string>;
  /** The key Encrypt uses and the one ReEncrypt moves to. */
  readonly keyIds: readonly [string, string];
}

function post(agent: Agent, url: URL, target: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: 'POST', agent, headers: { 'content-type': AMZ_JSON, 'x-amz-target': `TrentService.${target}`, 'content-length': Buffer.byteLength(body), ...headers } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function runLoad(order: LoadOrder): Promise<RunResult> {
  const url = new URL(order.url);
  const agent = new Agent({ keepAlive: true, maxSockets: order.connections });
  const [keyId, destinationKeyId] = order.keyIds;
  const encryptBody = JSON.stringify({ KeyId: keyId, Plaintext: PLAINTEXT, EncryptionContext: CONTEXT });
  let body = encryptBody;
  if (order.operation === 'ReEncrypt') {
    const sealed = await post(agent, url, 'Encrypt', encryptBody, order.headers);
    const blob = (JSON.parse(sealed.body) as { CiphertextBlob?: string }).CiphertextBlob;
    body = JSON.stringify({ CiphertextBlob: blob ?? '', SourceEncryptionContext: CONTEXT, DestinationKeyId: destinationKeyId, DestinationEncryptionContext: CONTEXT });
  }
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const warmupEnds = performance.now() + 200;
  while (performance.now() < warmupEnds) await post(agent, url, order.operation, body, order.headers);
  const started = performance.now();
  const ends = started + order.seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < ends) {
      const sent = performance.now();
      try {
        const reply = await post(agent, url, order.operation, body, order.headers);
        if (reply.status !== 200) {
          errors += 1;
          firstError ??= `${reply.status} ${reply.body.slice(0, 200)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: order.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? NaN;
  return { requests: latencies.length, errors, firstError, seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

function loadGenerator(): void {
  process.on('message', (order: LoadOrder) => {
    void runLoad(order).then(
      (result) => process.send?.(result),
      (error: unknown) => process.send?.({ requests: 0, errors: 1, firstError: String(error), seconds: 0, p50Ms: NaN, p99Ms: NaN }),
    );
  });
  process.send?.({ kind: 'ready' });
}

// ---------------------------------------------------------------------------------------------- orchestration

function forkSelf(role: string, execArgv: string[] = []): Promise<{ child: ChildProcess; url?: string }> {
  const child = fork(__filename, [role], { execArgv: [...process.execArgv, ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { kind: string; url?: string }) => resolve({ child, url: message.url }));
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code} before it was ready`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function order(loader: ChildProcess, load: LoadOrder): Promise<RunResult> {
  return new Promise((resolve) => {
    loader.once('message', (result: RunResult) => resolve(result));
    loader.send(load);
  });
}

async function startMoto(): Promise<{ url: string; child: ChildProcess } | undefined> {
  if (spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).status !== 0) return undefined;
  const child = spawn('moto_server', ['-p', String(MOTO_PORT)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${MOTO_PORT}`;
  const headers = motoHeaders();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      // moto has no seeded keys: the runs use two it creates.
      const agent = new Agent({ keepAlive: false });
      const created = await post(agent, new URL(url), 'CreateKey', '{}', headers);
      const second = await post(agent, new URL(url), 'CreateKey', '{}', headers);
      motoKeys = [JSON.parse(created.body).KeyMetadata.KeyId as string, JSON.parse(second.body).KeyMetadata.KeyId as string];
      return { url, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill('SIGTERM');
  return undefined;
}

let motoKeys: readonly [string, string] = ['', ''];
const motoHeaders = () => ({ authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0' });

const format = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

interface Target {
  readonly kind: ServerKind;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly keyIds: readonly [string, string];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: 'string', default: '3' },
      slices: { type: 'string', default: '3' },
      connections: { type: 'string', default: '1,8,64' },
      only: { type: 'string', default: 'bare,minimal,ours,moto' },
    },
  });
  const slices = Number(values.slices);
  const sliceSeconds = Number(values.seconds) / slices;
  const connectionCounts = values.connections.split(',').map(Number);
  const only = new Set(values.only.split(','));
  const profileDir = process.env.PROFILE;
  const { child: loader } = await forkSelf('load');
  // Every server is up for the whole run, idle while another is measured: each (operation, connections)
  // runs in slices that go round the servers, so a load spike on this shared machine hits one slice of
  // every server alike, and the ratio to bare is the median of the slices' ratios.
  const children: ChildProcess[] = [];
  const targets: Target[] = [];
  for (const kind of ['bare', 'minimal', 'ours'] as const) {
    if (!only.has(kind)) continue;
    const cpuProf = kind === 'ours' && profileDir !== undefined ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const { child, url } = await forkSelf(`server-${kind}`, cpuProf);
    children.push(child);
    targets.push({ kind, url: url ?? '', headers: {}, keyIds: [EXAMPLE_KEY_ID, SECOND_KEY_ID] });
  }
  let motoLine = only.has('moto') ? 'moto: not installed' : 'moto: not measured (--only)';
  const moto = only.has('moto') ? await startMoto() : undefined;
  if (moto !== undefined) {
    motoLine = 'moto: measured above (moto_server on the PATH, two keys it created)';
    targets.push({ kind: 'moto', url: moto.url, headers: motoHeaders(), keyIds: motoKeys });
  }
  const rows: string[] = [];
  for (const operation of ['Encrypt', 'ReEncrypt'] as const) {
    for (const connections of connectionCounts) {
      const runs = new Map<ServerKind, RunResult[]>();
      for (let slice = 0; slice < slices; slice += 1) {
        for (const target of targets) {
          const result = await order(loader, { url: target.url, operation, connections, seconds: sliceSeconds, headers: target.headers, keyIds: target.keyIds });
          runs.set(target.kind, [...(runs.get(target.kind) ?? []), result]);
        }
      }
      const bareRates = (runs.get('bare') ?? []).map((run) => run.requests / run.seconds);
      for (const [kind, results] of runs) {
        const rates = results.map((run) => run.requests / run.seconds);
        const ratio = bareRates.length === rates.length ? median(rates.map((rate, slice) => rate / bareRates[slice])) : NaN;
        const errors = results.reduce((sum, run) => sum + run.errors, 0);
        const firstError = results.find((run) => run.firstError !== undefined)?.firstError;
        rows.push(
          `${kind.padEnd(8)} ${(kind === 'bare' ? 'canned reply' : operation).padEnd(12)} ${String(connections).padStart(5)} ${format(median(rates)).padStart(8)} ${format(median(results.map((run) => run.p50Ms)), 2).padStart(8)} ${format(median(results.map((run) => run.p99Ms)), 2).padStart(8)} ${format(ratio, 2).padStart(7)}${errors > 0 ? `  ${errors} errors, first: ${firstError}` : ''}`,
        );
        console.error(rows[rows.length - 1]);
      }
    }
  }
  for (const child of children) await stop(child);
  moto?.child.kill('SIGTERM');
  await stop(loader);
  console.log(
    `HTTP throughput over loopback, Node ${process.version}, ${slices} slices of ${sliceSeconds} s per server and case (medians), load generator in its own process`,
  );
  console.log(`${'server'.padEnd(8)} ${'operation'.padEnd(12)} ${'conns'.padStart(5)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'x bare'.padStart(7)}`);
  for (const row of rows) console.log(row);
  console.log(motoLine);
}

const role = process.argv[2];
if (role === 'load') loadGenerator();
else if (role === 'server-bare') bareServer();
else if (role === 'server-minimal') void minimalServer();
else if (role === 'server-ours') void ourServer();
else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

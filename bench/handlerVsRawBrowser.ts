/**
 * Issue 10's third target in the browser: the cases of handlerVsRaw/cases.ts bundled with esbuild, served
 * on 127.0.0.1 (a secure context, so WebCrypto is there) and run in Debian's Chromium. Each operation runs
 * through the fetch handler on the store the pages use (IndexedDB, through getSandbox) and on the memory store,
 * against the same raw cryptography, in slices taken in turn in one page so a load spike hits all three alike.
 * Then, on IndexedDB, where a request's time goes: waiting for the Web Lock, checking for other tabs' commits
 * (readonly transactions), committing (readwrite), and the rest (the handler's own work, as on memory).
 * BENCH_MS: time per operation (default 6000); BENCH_ONLY: a substring of the operations to run; BENCH_PORT:
 * where to serve (3442); BENCH_PROFILE=<dir>: a CPU profile per store and operation (Chromium's sampling
 * profiler, 100 µs), summed with bench/support/cpuProfileSummary.ts. One line also measures the fetch objects alone
 * (Request, its body, Response, its JSON) against the raw AES-GCM, which bounds what any fetch handler can reach.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { launchChromium } from './support/servedSite';

const totalMs = Number(process.env.BENCH_MS ?? 6000);
const slices = 8;
const only = process.env.BENCH_ONLY ?? '';
const port = Number(process.env.BENCH_PORT ?? 3442);
const profileDir = process.env.BENCH_PROFILE;

/** One operation's figures: each side's median ops/s and the medians of the per-slice ratios. */
interface StoresResult {
  readonly name: string;
  readonly indexedDb: number;
  readonly memory: number;
  readonly raw: number;
  readonly indexedDbToRaw: number;
  readonly memoryToRaw: number;
  readonly indexedDbToMemory: number;
}

/** Per request on IndexedDB, milliseconds and how many times per request. */
interface Breakdown {
  readonly total: number;
  readonly lockWait: readonly [ms: number, times: number];
  readonly check: readonly [ms: number, times: number];
  readonly commit: readonly [ms: number, times: number];
}

/** What the page exposes to this runner. */
interface BenchPage {
  prepare(only: string): Promise<string[]>;
  measure(index: number, sliceMs: number, slices: number): Promise<StoresResult>;
  breakdown(index: number, requests: number): Promise<Breakdown>;
  /** The fetch objects alone against raw AES-GCM, and so the best ratio a fetch handler could reach. */
  fetchCeiling(sliceMs: number, slices: number): Promise<string>;
  /** Runs the case on one store for `ms`, for a profile taken around it. */
  run(index: number, store: 'indexeddb' | 'memory', ms: number): Promise<void>;
}

// Runs in the page. getSandbox is the pages' own store: IndexedDB behind the memory fallback, with its held locks.
// The Web Lock and IndexedDB prototypes are wrapped before getSandbox runs, to time each lock wait and transaction.
const entry = `
import { benchCases, describeFetchCeiling, fetchCeilingCase, measure as measureCase } from './handlerVsRaw/cases';
import { opsPerSecond, warmUp } from './opsPerSecond';
import { createQkms } from '../mock-server/index';
import { getSandbox } from '../src/sandbox/getSandbox';

const spent = { lockWait: [0, 0], check: [0, 0], commit: [0, 0] };
const note = (phase, ms) => { spent[phase][0] += ms; spent[phase][1] += 1; };
const request = LockManager.prototype.request;
LockManager.prototype.request = function (name, options, callback) {
  const asked = performance.now();
  return request.call(this, name, options, (lock) => { note('lockWait', performance.now() - asked); return callback(lock); });
};
const transaction = IDBDatabase.prototype.transaction;
IDBDatabase.prototype.transaction = function (stores, mode, options) {
  const opened = performance.now();
  const tx = transaction.call(this, stores, mode, options);
  tx.addEventListener('complete', () => note(mode === 'readwrite' ? 'commit' : 'check', performance.now() - opened));
  return tx;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let onIndexedDb = [];
let onMemory = [];
window.benchPage = {
  async prepare(only) {
    const sandbox = await getSandbox();
    if (sandbox.storage !== 'indexeddb') throw new Error('the sandbox is in memory: ' + sandbox.memoryReason);
    onIndexedDb = (await benchCases(sandbox.qkms)).filter((candidate) => candidate.name.includes(only));
    onMemory = (await benchCases(createQkms())).filter((candidate) => candidate.name.includes(only));
    return onIndexedDb.map((candidate) => candidate.name);
  },
  async measure(index, sliceMs, slices) {
    const indexedDb = onIndexedDb[index];
    const memory = onMemory[index];
    await warmUp([indexedDb.backend, memory.backend, indexedDb.raw]);
    const rates = { indexedDb: [], memory: [], raw: [] };
    for (let slice = 0; slice < slices; slice++) {
      rates.indexedDb.push(await opsPerSecond(indexedDb.backend, sliceMs));
      rates.memory.push(await opsPerSecond(memory.backend, sliceMs));
      rates.raw.push(await opsPerSecond(indexedDb.raw, sliceMs));
    }
    const ratio = (over, under) => median(rates[over].map((rate, slice) => rate / rates[under][slice]));
    return {
      name: indexedDb.name,
      indexedDb: median(rates.indexedDb),
      memory: median(rates.memory),
      raw: median(rates.raw),
      indexedDbToRaw: ratio('indexedDb', 'raw'),
      memoryToRaw: ratio('memory', 'raw'),
      indexedDbToMemory: ratio('indexedDb', 'memory'),
    };
  },
  async breakdown(index, requests) {
    for (const phase of Object.values(spent)) phase.fill(0);
    const started = performance.now();
    for (let done = 0; done < requests; done++) await onIndexedDb[index].backend();
    const perRequest = ([ms, times]) => [ms / requests, times / requests];
    return {
      total: (performance.now() - started) / requests,
      lockWait: perRequest(spent.lockWait),
      check: perRequest(spent.check),
      commit: perRequest(spent.commit),
    };
  },
  async fetchCeiling(sliceMs, slices) {
    return describeFetchCeiling(await measureCase(await fetchCeilingCase(), sliceMs, slices));
  },
  async run(index, store, ms) {
    await opsPerSecond((store === 'indexeddb' ? onIndexedDb : onMemory)[index].backend, ms);
  },
};
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: path.resolve(__dirname), sourcefile: 'handlerVsRawBrowserEntry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // A profile names functions only in an unminified bundle.
    minify: profileDir === undefined,
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Serves one page holding the bundle; resolves to its address and a way to stop serving. */
async function serve(script: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><meta charset="utf-8"><title>handler vs raw</title><script>${script.replaceAll('</script', '<\\/script')}</script>`;
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { address, port: listening } = server.address() as AddressInfo;
  return { url: `http://${address}:${listening}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const benchPage = (page: Page) => ({
  prepare: (filter: string) => page.evaluate((text) => (window as unknown as { benchPage: BenchPage }).benchPage.prepare(text), filter),
  measure: (index: number) =>
    page.evaluate(
      ([caseIndex, sliceMs, count]) => (window as unknown as { benchPage: BenchPage }).benchPage.measure(caseIndex, sliceMs, count),
      [index, totalMs / slices / 3, slices] as const,
    ),
  breakdown: (index: number) =>
    page.evaluate((caseIndex) => (window as unknown as { benchPage: BenchPage }).benchPage.breakdown(caseIndex, 100), index),
  fetchCeiling: () =>
    page.evaluate(([sliceMs, count]) => (window as unknown as { benchPage: BenchPage }).benchPage.fetchCeiling(sliceMs, count), [totalMs / slices / 2, slices] as const),
  run: (index: number, store: 'indexeddb' | 'memory') =>
    page.evaluate(([caseIndex, kind]) => (window as unknown as { benchPage: BenchPage }).benchPage.run(caseIndex, kind, 3000), [index, store] as const),
});

const verdict = (ratio: number) => (ratio >= 0.7 ? 'goal' : ratio >= 0.5 ? 'target' : 'BELOW');

function formatResults(title: string, results: readonly StoresResult[]): string {
  const lines = [
    title,
    'operation                    IndexedDB ops/s  memory ops/s  raw ops/s   IndexedDB/raw      memory/raw   IndexedDB/memory',
  ];
  for (const result of results) {
    lines.push(
      result.name.padEnd(28) +
        result.indexedDb.toFixed(0).padStart(16) +
        result.memory.toFixed(0).padStart(14) +
        result.raw.toFixed(0).padStart(11) +
        `${result.indexedDbToRaw.toFixed(2)} ${verdict(result.indexedDbToRaw)}`.padStart(16) +
        `${result.memoryToRaw.toFixed(2)} ${verdict(result.memoryToRaw)}`.padStart(16) +
        result.indexedDbToMemory.toFixed(2).padStart(19),
    );
  }
  lines.push('(ratios: median over slices of each side measured back to back; target ≥ 0.5, goal ≥ 0.7)');
  return lines.join('\n');
}

function formatBreakdowns(breakdowns: readonly (readonly [string, Breakdown])[]): string {
  const phase = ([ms, times]: readonly [number, number]) => `${ms.toFixed(2)} ms ${times.toFixed(2)}×`.padStart(16);
  const lines = [
    'Where an IndexedDB request goes (ms per request, and times per request)',
    'operation                     request      Web Lock wait   other tabs check     commit (rw tx)    rest',
  ];
  for (const [name, split] of breakdowns) {
    const rest = split.total - split.lockWait[0] - split.check[0] - split.commit[0];
    lines.push(
      name.padEnd(28) +
        `${split.total.toFixed(2)} ms`.padStart(10) +
        phase(split.lockWait).padStart(19) +
        phase(split.check).padStart(19) +
        phase(split.commit).padStart(19) +
        `${rest.toFixed(2)} ms`.padStart(10),
    );
  }
  return lines.join('\n');
}

async function profile(page: Page, index: number, name: string, dir: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const store of ['indexeddb', 'memory'] as const) {
    await session.send('Profiler.start');
    await benchPage(page).run(index, store);
    const { profile: taken } = await session.send('Profiler.stop');
    const file = path.join(dir, `${name.replace(/[^A-Za-z0-9]+/g, '-')}.${store}.cpuprofile`);
    writeFileSync(file, JSON.stringify(taken));
    console.log(`profile: ${file}`);
  }
  await session.detach();
}

async function main(): Promise<void> {
  const site = await serve(await bundle());
  const browser = await launchChromium();
  try {
    // A fresh context: an empty profile, so IndexedDB starts from the seed as a first visit does.
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(site.url);
    const bench = benchPage(page);
    const names = await bench.prepare(only);
    const results: StoresResult[] = [];
    const breakdowns: [string, Breakdown][] = [];
    for (const [index, name] of names.entries()) {
      results.push(await bench.measure(index));
      breakdowns.push([name, await bench.breakdown(index)]);
      if (profileDir !== undefined) {
        mkdirSync(profileDir, { recursive: true });
        await profile(page, index, name, profileDir);
      }
    }
    console.log(formatResults(`Fetch handler vs raw crypto, Chromium ${browser.version()}, ${totalMs} ms per operation`, results));
    console.log(await bench.fetchCeiling());
    console.log(formatBreakdowns(breakdowns));
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

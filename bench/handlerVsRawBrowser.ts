/**
 * Issue 10's third target in the browser: the cases of handlerVsRaw/cases.ts bundled with esbuild, served
 * on 127.0.0.1 (a secure context, so WebCrypto is there) and run in Debian's Chromium. Each operation runs
 * twice through the fetch handler: on the store the pages use (IndexedDB, through getSandbox) and on the
 * memory store, each against the same raw cryptography in the same page. BENCH_MS: time per operation
 * (default 4000); BENCH_ONLY: a substring of the operations to run; BENCH_PORT: where to serve (3442).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { formatResults, type CaseResult } from './handlerVsRaw/cases';
import { launchChromium } from './support/servedSite';

const totalMs = Number(process.env.BENCH_MS ?? 4000);
const slices = 8;
const only = process.env.BENCH_ONLY ?? '';
const port = Number(process.env.BENCH_PORT ?? 3442);

export type BenchStore = 'indexeddb' | 'memory';

/** What the page exposes to this runner: prepare the cases on one store, then measure them one by one. */
interface BenchPage {
  prepare(store: BenchStore, only: string): Promise<string[]>;
  measure(index: number, sliceMs: number, slices: number): Promise<CaseResult>;
}

// Runs in the page. getSandbox is the pages' own store: IndexedDB behind the memory fallback.
const entry = `
import { benchCases, measure } from './handlerVsRaw/cases';
import { createQkms } from '../mock-server/index';
import { getSandbox } from '../src/sandbox/getSandbox';

let cases = [];
window.benchPage = {
  async prepare(store, only) {
    const sandbox = store === 'indexeddb' ? await getSandbox() : undefined;
    if (sandbox !== undefined && sandbox.storage !== 'indexeddb') throw new Error('the sandbox is in memory: ' + sandbox.memoryReason);
    cases = (await benchCases(sandbox?.qkms ?? createQkms())).filter((candidate) => candidate.name.includes(only));
    return cases.map((candidate) => candidate.name);
  },
  measure: (index, sliceMs, slices) => measure(cases[index], sliceMs, slices),
};
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: path.resolve(__dirname), sourcefile: 'handlerVsRawBrowserEntry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
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

async function main(): Promise<void> {
  const site = await serve(await bundle());
  const browser = await launchChromium();
  try {
    const version = browser.version();
    for (const store of ['indexeddb', 'memory'] as const) {
      // A fresh context per store: an empty profile, so IndexedDB starts from the seed as a first visit does.
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error));
      await page.goto(site.url);
      const names = await page.evaluate(([kind, filter]) => (window as unknown as { benchPage: BenchPage }).benchPage.prepare(kind, filter), [store, only] as const);
      const results: CaseResult[] = [];
      for (let index = 0; index < names.length; index++) {
        results.push(
          await page.evaluate(
            ([caseIndex, sliceMs, count]) => (window as unknown as { benchPage: BenchPage }).benchPage.measure(caseIndex, sliceMs, count),
            [index, totalMs / slices / 2, slices] as const,
          ),
        );
      }
      const storeName = store === 'indexeddb' ? 'IndexedDB store (as the pages)' : 'memory store';
      console.log(formatResults(`Fetch handler vs raw crypto, Chromium ${version}, ${storeName}, ${totalMs} ms per operation`, results));
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

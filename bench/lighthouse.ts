/**
 * Lighthouse performance of the production build, mobile and desktop presets: the plain intro page,
 * the landing page, ReEncrypt and the heaviest API page (most DOM elements in its static HTML, found
 * in build/). Each page is run RUNS times per preset (default 3) and the median run (by score, then
 * TBT) is printed with its total blocking time, script evaluation, main-thread breakdown and DOM size,
 * and each figure's ratio to the plain page measured in the same run. Scores on a shared, loaded machine
 * vary from run to run: compare ratios, not absolutes. Run `npm run build` first.
 * `npx tsx bench/lighthouse.ts [--preset=mobile|desktop] [--page=/docs/api/sign]`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { withServedSite } from './support/servedSite';
import { heaviestApiPage } from '../tests/e2e/support/heaviestApiPage';

const run = promisify(execFile);
const port = 3422;
const runs = Number(process.env.RUNS ?? 3);

interface Audit {
  readonly numericValue?: number;
  readonly details?: { readonly items?: readonly { readonly group?: string; readonly groupLabel?: string; readonly duration?: number; readonly url?: string; readonly scripting?: number; readonly total?: number }[] };
}

interface Report {
  readonly categories: { readonly performance: { readonly score: number | null } };
  readonly audits: Readonly<Record<string, Audit>>;
}

interface Figures {
  readonly score: number;
  readonly tbt: number;
  /** Largest contentful paint, simulated. */
  readonly lcp: number;
  readonly scriptEvaluation: number;
  readonly mainThread: number;
  readonly domElements: number;
  readonly breakdown: readonly { readonly label: string; readonly ms: number }[];
  readonly bootup: readonly { readonly url: string; readonly scripting: number }[];
}

async function lighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<Figures> {
  const output = path.join(os.tmpdir(), `qkms-lighthouse-${process.pid}.json`);
  await run(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
  fs.rmSync(output, { force: true });
  const breakdown = (report.audits['mainthread-work-breakdown'].details?.items ?? []).map((item) => ({
    label: item.groupLabel ?? item.group ?? '?',
    ms: item.duration ?? 0,
  }));
  const bootup = (report.audits['bootup-time'].details?.items ?? []).map((item) => ({
    url: item.url ?? '?',
    scripting: item.scripting ?? 0,
  }));
  return {
    score: report.categories.performance.score ?? 0,
    tbt: report.audits['total-blocking-time'].numericValue ?? 0,
    lcp: report.audits['largest-contentful-paint'].numericValue ?? 0,
    scriptEvaluation: breakdown.find((item) => item.label === 'Script Evaluation')?.ms ?? 0,
    mainThread: report.audits['mainthread-work-breakdown'].numericValue ?? 0,
    domElements: report.audits['dom-size'].numericValue ?? 0,
    breakdown,
    bootup,
  };
}

function median(samples: readonly Figures[]): Figures {
  if (samples.length === 0) throw new Error('every Lighthouse run of a page failed');
  const sorted = [...samples].sort((a, b) => a.score - b.score || b.tbt - a.tbt);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (value: number, reference: number) => (reference === 0 ? '—' : `${(value / reference).toFixed(2)}×`);

async function main(): Promise<void> {
  const presetArg = process.argv.find((arg) => arg.startsWith('--preset='))?.split('=')[1];
  const presets = (presetArg ? [presetArg] : ['mobile', 'desktop']) as ('mobile' | 'desktop')[];
  const heaviest = heaviestApiPage();
  const extra = process.argv.filter((arg) => arg.startsWith('--page=')).map((arg) => arg.split('=')[1]);
  const pages = [
    { name: 'intro (plain)', path: '/docs/intro' },
    { name: 'landing', path: '/' },
    { name: 'ReEncrypt', path: '/docs/api/re-encrypt' },
    ...(heaviest.path === '/docs/api/re-encrypt' ? [] : [{ name: `heaviest API (${heaviest.path})`, path: heaviest.path }]),
    ...extra.map((page) => ({ name: page, path: page })),
  ];
  console.log(`heaviest API page by static DOM: ${heaviest.path} (${heaviest.elements} elements in its HTML); ${runs} runs per page and preset, median shown`);
  await withServedSite(port, async (origin) => {
    for (const preset of presets) {
      const results: { readonly name: string; readonly figures: Figures }[] = [];
      // Interleaved rounds, so a burst of load on the shared machine hits every page alike.
      const samples = new Map<string, Figures[]>(pages.map((page) => [page.path, []]));
      for (let round = 0; round < runs; round++) {
        for (const page of pages) {
          // On an overloaded machine Lighthouse sometimes gives up on the DevTools protocol: that run is dropped, not the bench.
          try {
            samples.get(page.path)!.push(await lighthouse(origin + page.path, preset));
          } catch (error) {
            console.error(`  ${preset} ${page.path}: run ${round + 1} failed (${String(error).split('\n')[0].slice(0, 160)})`);
          }
        }
      }
      for (const page of pages) results.push({ name: page.name, figures: median(samples.get(page.path)!) });
      const plain = results[0].figures;
      console.log(`\n${preset} preset (Lighthouse simulated throttling)`);
      for (const { name, figures } of results) {
        const scores = samples.get(pages.find((page) => page.name === name)!.path)!.map((sample) => sample.score.toFixed(2)).join(' ');
        console.log(
          `  ${name.padEnd(38)} performance ${figures.score.toFixed(2)} [${scores}]  LCP ${ms(figures.lcp)}  TBT ${ms(figures.tbt)} (${ratio(figures.tbt, plain.tbt)})  ` +
            `script evaluation ${ms(figures.scriptEvaluation)} (${ratio(figures.scriptEvaluation, plain.scriptEvaluation)})  ` +
            `main thread ${ms(figures.mainThread)} (${ratio(figures.mainThread, plain.mainThread)})  DOM ${figures.domElements} (${ratio(figures.domElements, plain.domElements)})`,
        );
        if (process.argv.includes('--details')) {
          console.log(`    main thread: ${figures.breakdown.map((item) => `${item.label} ${ms(item.ms)}`).join(', ')}`);
          for (const script of figures.bootup.slice(0, 6)) console.log(`    script ${ms(script.scripting)}  ${script.url.replace(origin, '')}`);
        }
      }
    }
  });
}

void main();

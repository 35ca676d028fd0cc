/**
 * Main-thread blocking while a page loads, observed in Debian's Chromium at 4× CPU slowdown with a phone's
 * viewport: the sum over long tasks of their time past 50 ms (what Lighthouse's total blocking time adds up),
 * from navigation until the page has been idle a while, and the longest task. Lighthouse scores one run from a
 * simulation; this counts the tasks of many real loads, interleaved page by page so a burst of load on the shared
 * machine hits every page alike, and prints medians with their ratio to the plain intro page of the same run.
 * `npx tsx bench/blockingTime.ts [--loads=8] [--page=/docs/api/sign]`. Run `npm run build` first.
 */
import { heaviestApiPage } from '../tests/e2e/support/heaviestApiPage';
import { launchChromium, withServedSite } from './support/servedSite';

const port = 3424;
const loads = Number(process.argv.find((arg) => arg.startsWith('--loads='))?.split('=')[1] ?? 8);
/** Long enough after `load` for the tester's chunk, its mount and the keyring's first read. */
const SETTLE_MS = 5000;
const CPU_SLOWDOWN = 4;

// A long-task observer registered before any of the page's scripts, so the parser's own tasks count too.
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
  .observe({ type: 'longtask', buffered: true });`;

interface Load {
  readonly blockingMs: number;
  readonly longestMs: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const heaviest = heaviestApiPage().path;
  const extra = process.argv.filter((arg) => arg.startsWith('--page=')).map((arg) => arg.split('=')[1]);
  const pages = [...new Set(['/docs/intro', '/docs/api/re-encrypt', heaviest, ...extra])];
  const samples = new Map<string, Load[]>(pages.map((page) => [page, []]));
  await withServedSite(port, async (origin) => {
    const browser = await launchChromium();
    try {
      for (let round = 0; round < loads; round++) {
        for (const path of pages) {
          const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
          await page.addInitScript(OBSERVE_LONG_TASKS);
          await page.goto(origin + path, { waitUntil: 'load' });
          await page.waitForTimeout(SETTLE_MS);
          const tasks = (await page.evaluate('window.__longTasks')) as number[];
          samples.get(path)!.push({ blockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0), longestMs: Math.max(0, ...tasks) });
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
  console.log(`Blocking time while loading, ${CPU_SLOWDOWN}× CPU, phone viewport, median of ${loads} loads per page (plain page = 1.00×)`);
  const plain = median(samples.get(pages[0])!.map((load) => load.blockingMs));
  for (const path of pages) {
    const loadsOfPage = samples.get(path)!;
    const blocking = median(loadsOfPage.map((load) => load.blockingMs));
    const longest = median(loadsOfPage.map((load) => load.longestMs));
    console.log(
      `  ${path.padEnd(30)} blocking ${Math.round(blocking).toString().padStart(5)} ms (${(blocking / plain).toFixed(2)}×)  longest task ${Math.round(longest)} ms  ` +
        `[${loadsOfPage.map((load) => Math.round(load.blockingMs)).join(' ')}]`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

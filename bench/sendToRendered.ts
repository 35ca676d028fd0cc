/**
 * Send-to-rendered: how long a reader waits between pressing Send in the tester and seeing the
 * response painted, on the production build in Debian's Chromium. Each page's tester starts with
 * its first example; the sends repeat it. Printed beside the backend's own time for the same
 * requests (the elapsed time the tester shows), so the ratio says what the page adds around the
 * sandbox's fetch. Run `npm run build` first; `--sends N` changes the number of measured sends.
 */
import { launchChromium, withServedSite } from './support/servedSite';

const port = Number(process.env.BENCH_PORT ?? 3291);
const pages = ['/docs/api/re-encrypt', '/docs/api/encrypt', '/docs/api/decrypt', '/docs/api/sign', '/docs/api/generate-random'];
const warmUpSends = 5;
const sendsArgument = process.argv.indexOf('--sends');
const measuredSends = sendsArgument > 0 ? Number(process.argv[sendsArgument + 1]) : 40;

interface SendTiming {
  /** From the click to the first frame after the response rendered, ms. */
  readonly rendered: number;
  /** The backend's time for the request as the tester shows it, ms. */
  readonly backend: number;
  readonly status: string;
}

/** Runs in the page: clicks Send and resolves after the frame that shows the answer. */
function sendOnce(): Promise<SendTiming> {
  const send = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Send');
  const region = document.querySelector('[data-testid="response"]');
  if (!send || !region) return Promise.reject(new Error('no Send button or response region on the page'));
  return new Promise((resolve) => {
    let sawBusy = false;
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (region.getAttribute('aria-busy') === 'true') {
        sawBusy = true;
        return;
      }
      const status = region.querySelector('[data-testid="response-status"]');
      const time = region.querySelector('[data-testid="response-time"]');
      if (!sawBusy || !status || !time) return;
      observer.disconnect();
      // The response is in the DOM; a frame later it is on screen.
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({ rendered: performance.now() - started, backend: Number.parseFloat(time.textContent ?? 'NaN'), status: status.textContent ?? '' }),
        ),
      );
    });
    observer.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
    send.click();
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  await withServedSite(port, async (origin) => {
    const browser = await launchChromium();
    console.log(`Send-to-rendered, ${measuredSends} sends per page after ${warmUpSends} warm-up sends (production build, Chromium)`);
    console.log('page                        rendered p50   p95      backend p50   p95      page adds (p50)');
    try {
      for (const path of pages) {
        const page = await browser.newPage();
        await page.goto(origin + path);
        await page.getByRole('button', { name: 'Send', exact: true }).and(page.locator(':enabled')).waitFor();
        const timings: SendTiming[] = [];
        for (let index = 0; index < warmUpSends + measuredSends; index++) {
          const timing = await page.evaluate(sendOnce);
          if (!timing.status.startsWith('200')) throw new Error(`${path}: Send answered ${timing.status}, not 200`);
          if (index >= warmUpSends) timings.push(timing);
        }
        await page.close();
        const rendered = timings.map((timing) => timing.rendered).sort((a, b) => a - b);
        const backend = timings.map((timing) => timing.backend).sort((a, b) => a - b);
        const overhead = percentile(rendered, 0.5) - percentile(backend, 0.5);
        console.log(
          `${path.padEnd(28)}${ms(percentile(rendered, 0.5)).padStart(10)}${ms(percentile(rendered, 0.95)).padStart(10)}` +
            `${ms(percentile(backend, 0.5)).padStart(14)}${ms(percentile(backend, 0.95)).padStart(10)}${ms(overhead).padStart(16)}`,
        );
      }
    } finally {
      await browser.close();
    }
  });
}

void main();

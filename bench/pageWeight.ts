/**
 * JavaScript (gzip bytes) the ReEncrypt page loads before and after its tester mounts, read off
 * the production build in Debian's Chromium. "Before" is every script the page executes up to the
 * request for the tester's lazy chunk; "after" is every script executed once the tester's Send
 * button is on screen. Prefetches of other pages are not counted: they are hints, not scripts this
 * page runs. Fails when the backend arrives before the tester chunk, i.e. in the page's initial JS.
 * Run `npm run build` first.
 */
import { gzipSync } from 'node:zlib';
import { launchChromium, withServedSite } from './support/servedSite';

const port = 3290;
const pagePath = '/docs/api/re-encrypt';

async function main(): Promise<void> {
  await withServedSite(port, async (origin) => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const scripts: { readonly path: string; readonly gzipBytes: number; readonly isTester: boolean; readonly isBackend: boolean }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body();
      scripts.push({
        path: new URL(response.url()).pathname,
        gzipBytes: gzipSync(body).length,
        // Text of the tester's own view, which no docs page repeats.
        isTester: body.includes('found before sending'),
        // The seed constant lives only in the backend. Found by itself, not by the tester's marker: when
        // a page component pulls the backend in, it lands in a shared chunk loaded before the tester's.
        isBackend: body.includes('QKMS sandbox example key material'),
      });
    });
    await page.goto(origin + pagePath);
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await browser.close();

    const firstTesterChunk = scripts.findIndex((script) => script.isTester);
    if (firstTesterChunk < 0) throw new Error('the tester chunk was not seen: did the page change?');
    const early = scripts.slice(0, firstTesterChunk).filter((script) => script.isBackend);
    const sum = (list: typeof scripts) => list.reduce((total, script) => total + script.gzipBytes, 0);
    const before = sum(scripts.slice(0, firstTesterChunk));
    const after = sum(scripts);
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    if (process.argv.includes("--list")) for (const script of scripts) console.log(`  ${kib(script.gzipBytes)}  ${script.path}${script.isTester ? "  (tester)" : ""}`);
    console.log(`ReEncrypt page JS before the tester mounts: ${kib(before)} gzip (${firstTesterChunk} scripts)`);
    console.log(`ReEncrypt page JS after the tester mounts:  ${kib(after)} gzip (${scripts.length} scripts)`);
    console.log(`tester and backend add: ${kib(after - before)} gzip, loaded after first paint`);
    if (early.length > 0) {
      console.error(`the backend is in the page's initial JS (${early.map((script) => script.path).join(', ')}): it should load only with the tester`);
      process.exitCode = 1;
    }
  });
}

void main();

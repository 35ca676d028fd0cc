/**
 * JavaScript (gzip bytes) the ReEncrypt page loads before and after its tester mounts, next to the plain intro
 * page, read off the production build in Debian's Chromium. "Before" is every script the page executes up to the
 * request for the tester's lazy chunk; "after" is every script executed once the tester's Send button is on
 * screen. The plain page's figure is every script it executes on load. Prefetches of other pages are not counted:
 * they are hints, not scripts this page runs. Fails when the backend arrives before the tester chunk, i.e. in the
 * page's initial JS. Run `npm run build` first; `--list` lists the scripts.
 */
import { launchChromium, withServedSite } from './support/servedSite';
import { beforeTester, gzipTotal, scriptsOnLoad, type LoadedScript } from '../tests/e2e/support/pageScripts';

const port = 3423;
const apiPath = process.argv.find((arg) => arg.startsWith('--page='))?.split('=')[1] ?? '/docs/api/re-encrypt';
const plainPath = '/docs/intro';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function list(scripts: readonly LoadedScript[]): void {
  if (!process.argv.includes('--list')) return;
  for (const script of scripts) console.log(`  ${kib(script.gzipBytes)}  ${script.path}${script.isTester ? '  (tester)' : ''}`);
}

async function main(): Promise<void> {
  await withServedSite(port, async (origin) => {
    const browser = await launchChromium();
    const plain = await scriptsOnLoad(await browser.newPage(), origin + plainPath);
    const scripts = await scriptsOnLoad(await browser.newPage(), origin + apiPath, (page) =>
      page.getByRole('button', { name: 'Send', exact: true }).waitFor(),
    );
    await browser.close();

    if (!scripts.some((script) => script.isTester)) throw new Error('the tester chunk was not seen: did the page change?');
    const early = beforeTester(scripts);
    const before = gzipTotal(early);
    const after = gzipTotal(scripts);
    list(plain);
    console.log(`plain page (${plainPath}) JS on load: ${kib(gzipTotal(plain))} gzip (${plain.length} scripts)`);
    list(scripts);
    console.log(`${apiPath} JS before the tester mounts: ${kib(before)} gzip (${early.length} scripts), plain page + ${kib(before - gzipTotal(plain))}, ${(before / gzipTotal(plain)).toFixed(2)}×`);
    console.log(`${apiPath} JS after the tester mounts:  ${kib(after)} gzip (${scripts.length} scripts)`);
    console.log(`tester and backend add: ${kib(after - before)} gzip, loaded after first paint`);
    const backendEarly = early.filter((script) => script.isBackend);
    if (backendEarly.length > 0) {
      console.error(`the backend is in the page's initial JS (${backendEarly.map((script) => script.path).join(', ')}): it should load only with the tester`);
      process.exitCode = 1;
    }
  });
}

void main();

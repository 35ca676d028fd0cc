/**
 * JavaScript (gzip bytes) the ReEncrypt page loads before and after its tester mounts, read off
 * the production build in Debian's Chromium. "Before" is the script the server-rendered HTML asks
 * for (what the first paint and hydration need); "after" adds every script fetched until the
 * tester's Send button is on screen. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const port = 3290;
const origin = `http://127.0.0.1:${port}`;
const pagePath = '/docs/api/re-encrypt';

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server at ${url}`);
}

async function main(): Promise<void> {
  const server = spawn('npx', ['docusaurus', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(origin);
    const html = await (await fetch(origin + pagePath)).text();
    const initialScripts = new Set(
      [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="preload"[^>]+href)="([^"]+\.js)"/g)].map((m) => new URL(m[1], origin).pathname),
    );

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    const loaded = new Map<string, number>();
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith('.js')) return;
      loaded.set(url.pathname, gzipSync(await response.body()).length);
    });
    await page.goto(origin + pagePath);
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await browser.close();

    const sum = (paths: Iterable<string>) => [...paths].reduce((total, p) => total + (loaded.get(p) ?? 0), 0);
    const before = sum([...loaded.keys()].filter((p) => initialScripts.has(p)));
    const after = sum(loaded.keys());
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(`ReEncrypt page JS before the tester mounts: ${kib(before)} gzip (${initialScripts.size} scripts in the HTML)`);
    console.log(`ReEncrypt page JS after the tester mounts:  ${kib(after)} gzip (${loaded.size} scripts)`);
    console.log(`tester and backend add: ${kib(after - before)} gzip, loaded after first paint`);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

void main();

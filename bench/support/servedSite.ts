/**
 * The production build served by `docusaurus serve` and Debian's Chromium, for benches that measure
 * the site as a reader gets it. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

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

/** Serves the build on the port for as long as `use` runs, and gives it the site's origin. */
export async function withServedSite<T>(port: number, use: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn('npx', ['docusaurus', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForServer(origin);
    return await use(origin);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

/** Chromium as the e2e suite starts it: root cannot use its sandbox, and the closed network makes background services noisy. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

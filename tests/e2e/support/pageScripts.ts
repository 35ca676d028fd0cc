import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface LoadedScript {
  readonly path: string;
  readonly gzipBytes: number;
  /** The tester's own chunk: text of its view, which no docs page repeats. */
  readonly isTester: boolean;
  /**
   * The backend: its seed constant. Found by itself, not by the tester's marker: when a page component
   * pulls the backend in, it lands in a shared chunk loaded before the tester's.
   */
  readonly isBackend: boolean;
}

/**
 * Every script a page executes as it loads, in the order they arrive, gzip-sized as the server would send them.
 * Waits for `ready` (e.g. the tester's Send button) and then for the network to settle. Prefetches of other pages
 * are not counted: they are hints, not scripts this page runs.
 */
export async function scriptsOnLoad(page: Page, url: string, ready?: (page: Page) => Promise<void>): Promise<readonly LoadedScript[]> {
  const pending: Promise<LoadedScript | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          gzipBytes: gzipSync(body).length,
          isTester: body.includes('found before sending'),
          isBackend: body.includes('QKMS sandbox example key material'),
        }),
        () => undefined,
      ),
    );
  });
  await page.goto(url);
  // The bundles start after the first paint, which may follow the load event: the page's own chunks are asked for
  // before React's root exists (Docusaurus preloads the route, then hydrates).
  await page.waitForFunction(() => 'docusaurusRoot' in window);
  if (ready) await ready(page);
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(pending);
  return scripts.filter((script): script is LoadedScript => script !== undefined);
}

/** The scripts a page runs before it asks for the tester's chunk (all of them on a page without a tester). */
export function beforeTester(scripts: readonly LoadedScript[]): readonly LoadedScript[] {
  const tester = scripts.findIndex((script) => script.isTester);
  return tester < 0 ? scripts : scripts.slice(0, tester);
}

export const gzipTotal = (scripts: readonly LoadedScript[]): number => scripts.reduce((total, script) => total + script.gzipBytes, 0);

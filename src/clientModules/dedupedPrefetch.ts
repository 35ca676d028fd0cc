import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import { matchPath } from '@docusaurus/router';
import { browserIdleScheduler, createIdleQueue } from '../prefetch/idleQueue';
import { createRoutePrefetcher, type ChunkNamesTree } from '../prefetch/routePrefetcher';

// Docusaurus's ChunkAssetPlugin adds `gca` (a chunk's URL by name) to the bundler's runtime, as its own prefetch uses it.
declare const __webpack_require__: { gca(chunkName: string): string | undefined };

interface NetworkInformationLike {
  readonly effectiveType?: string;
  readonly saveData?: boolean;
}

/** What Docusaurus skips prefetching on: a 2G connection or the reader's data saver. */
function canPrefetch(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  return !(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

function appendPrefetchLink(url: string, done: () => void): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  // A failed prefetch only means the page loads its chunk when navigated to; the browser logs it.
  link.onload = () => done();
  link.onerror = () => done();
  document.head.appendChild(link);
}

/** Real time one idle task may spend appending links: 4× that at a phone's speed stays under a long task's 50 ms. */
const APPEND_BUDGET_MS = 4;
const appendWhenIdle = createIdleQueue<{ readonly url: string; readonly done: () => void }>(
  ({ url, done }) => appendPrefetchLink(url, done),
  browserIdleScheduler,
  APPEND_BUDGET_MS,
);

/**
 * Prefetches a file when the page is idle, a few files per task. Starting a prefetch costs the page's main thread
 * about a millisecond per link, and the links that come into view at load ask for 25-odd files at once: appended in
 * the IntersectionObserver's task, they made it one of the page's longest (about 110 ms at Lighthouse's mobile speed).
 */
function prefetchUrl(url: string): Promise<void> {
  return new Promise((resolve) => {
    appendWhenIdle({ url, done: resolve });
  });
}

let installed = false;

/**
 * Puts the deduplicating prefetch (src/prefetch/routePrefetcher.ts) in place of Docusaurus's, keeping its preload.
 * The entry assigns window.docusaurus after the client modules load, so this runs at the first route update: in the
 * commit that hydrates the page, before any link's visibility is reported and asks for a prefetch.
 */
export function onRouteDidUpdate(): void {
  if (installed) return;
  installed = true;
  const prefetch = createRoutePrefetcher({
    routes,
    routesChunkNames: routesChunkNames as unknown as Readonly<Record<string, ChunkNamesTree>>,
    matchPath: (pathname, route) => matchPath(pathname, route),
    chunkUrl: (chunkName) => __webpack_require__.gca(chunkName),
    prefetchUrl,
    canPrefetch,
  });
  window.docusaurus = { ...window.docusaurus, prefetch };
}

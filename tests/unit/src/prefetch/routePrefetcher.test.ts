import { describe, expect, test } from 'vitest';
import { chunkNamesByRoutePath, createRoutePrefetcher, matchedRoutes, type PrefetchRoute } from '../../../../src/prefetch/routePrefetcher';

/** React Router's matching, reduced to what these routes use: exact paths and prefixes. */
const matchPath = (pathname: string, route: PrefetchRoute) => {
  const path = route.path as string;
  return (route.exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`)) ? { path } : null;
};

const routes: PrefetchRoute[] = [
  {
    path: '/docs',
    routes: [
      {
        path: '/docs',
        routes: [
          { path: '/docs/api/encrypt', exact: true },
          { path: '/docs/api/decrypt', exact: true },
          { path: '/docs/api', exact: true },
        ],
      },
    ],
  },
  { path: '/', exact: true },
];

const routesChunkNames = {
  '/docs-5e9': { __comp: 'layout', __props: 'version' },
  '/docs-a7b': { __comp: 'sidebar', __context: { plugin: 'docsPlugin' } },
  '/docs/api/encrypt-c1d': { __comp: 'docItem', content: 'encryptContent' },
  '/docs/api/decrypt-e2f': { __comp: 'docItem', content: 'decryptContent' },
  '/docs/api-0a1': { __comp: 'docItem', content: 'apiIndexContent' },
  '/-b3c': { __comp: 'home' },
};

const urlOf: Record<string, string | undefined> = {
  layout: '/assets/js/layout.js',
  version: '/assets/js/version.js',
  sidebar: '/assets/js/sidebar.js',
  docsPlugin: '/assets/js/plugin.js',
  docItem: '/assets/js/doc-item.js',
  encryptContent: '/assets/js/encrypt.js',
  decryptContent: '/assets/js/decrypt.js',
  apiIndexContent: '/assets/js/undefined.js',
  home: undefined,
};

function prefetcher(canPrefetch = () => true) {
  const fetched: string[] = [];
  const prefetch = createRoutePrefetcher({
    routes,
    routesChunkNames,
    matchPath,
    chunkUrl: (chunkName) => urlOf[chunkName],
    prefetchUrl: async (url) => {
      fetched.push(url);
    },
    canPrefetch,
  });
  return { prefetch, fetched };
}

describe('route prefetching', () => {
  test('a path renders the first matching route at each level, outermost first', () => {
    expect(matchedRoutes(routes, '/docs/api/decrypt', matchPath).map((route) => route.path)).toEqual(['/docs', '/docs', '/docs/api/decrypt']);
    expect(matchedRoutes(routes, '/', matchPath).map((route) => route.path)).toEqual(['/']);
    expect(matchedRoutes(routes, '/blog', matchPath)).toEqual([]);
  });

  test("a route's chunk names are every leaf of its entries, and only its own (not a longer path's)", () => {
    const chunkNamesOf = chunkNamesByRoutePath(routesChunkNames);
    expect([...(chunkNamesOf.get('/docs') ?? [])].sort()).toEqual(['docsPlugin', 'layout', 'sidebar', 'version']);
    expect(chunkNamesOf.get('/docs/api')).toEqual(['docItem', 'apiIndexContent']);
    expect(chunkNamesOf.get('/docs/api/encrypt')).toEqual(['docItem', 'encryptContent']);
    expect(chunkNamesOf.get('/docs/api/sign')).toBeUndefined();
  });

  test("each chunk's file is prefetched once, however many routes share it", async () => {
    const { prefetch, fetched } = prefetcher();
    await prefetch('/docs/api/encrypt');
    expect(fetched).toEqual(['/assets/js/layout.js', '/assets/js/version.js', '/assets/js/sidebar.js', '/assets/js/plugin.js', '/assets/js/doc-item.js', '/assets/js/encrypt.js']);
    await prefetch('/docs/api/decrypt');
    expect(fetched.slice(6)).toEqual(['/assets/js/decrypt.js']);
    expect(prefetch('/docs/api/decrypt')).toBe(false);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  test('chunks without a file of their own are skipped, and nothing is prefetched on a slow or data-saving connection', async () => {
    const { prefetch, fetched } = prefetcher();
    await prefetch('/docs/api');
    await prefetch('/');
    expect(fetched).not.toContain('/assets/js/undefined.js');
    expect(fetched).toHaveLength(5);

    const slow = prefetcher(() => false);
    expect(slow.prefetch('/docs/api/encrypt')).toBe(false);
    expect(slow.fetched).toEqual([]);
  });
});

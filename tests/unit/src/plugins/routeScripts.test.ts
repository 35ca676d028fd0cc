import { describe, expect, test } from 'vitest';
import type { PrefetchRoute } from '../../../../src/prefetch/routePrefetcher';
import { routeScriptsFinder, withRouteScripts, type RouteScriptsInput } from '../../../../src/plugins/contentSecurityPolicy/routeScripts';

const matchPath = (pathname: string, route: PrefetchRoute) => {
  const path = route.path as string;
  return (route.exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`)) ? { path } : null;
};

/** Two docs pages under the docs layouts, and a home page, as Docusaurus nests them. */
const input: RouteScriptsInput = {
  routes: [
    { path: '/docs', routes: [{ path: '/docs', routes: [{ path: '/docs/api/encrypt', exact: true }, { path: '/docs/intro', exact: true }] }] },
    { path: '/', exact: true },
  ],
  routesChunkNames: {
    '/docs-5e9': { __comp: 'docsRoot', __props: 'version' },
    '/docs-a7b': { __comp: 'sidebarRoot' },
    '/docs/api/encrypt-c1d': { __comp: 'docItem', content: 'encryptContent' },
    '/docs/intro-e2f': { __comp: 'docItem', content: 'introContent' },
    '/-b3c': { __comp: 'home' },
  },
  manifest: {
    origins: {
      docsRoot: ['11'],
      version: ['12'],
      sidebarRoot: ['13'],
      // The item's chunk group: the shared chunks it needs, then its own.
      docItem: ['90', '91', '14'],
      encryptContent: ['90', '15'],
      introContent: ['16'],
      home: ['17'],
    },
    assets: {
      '11': { js: [{ publicPath: '/assets/js/docsRoot.js' }] },
      '12': { js: [{ publicPath: '/assets/js/version.js' }] },
      '13': { js: [{ publicPath: '/assets/js/sidebarRoot.js' }] },
      '14': { js: [{ publicPath: '/assets/js/docItem.js' }] },
      '15': { js: [{ publicPath: '/assets/js/encrypt.js' }] },
      '16': { js: [{ publicPath: '/assets/js/intro.js' }] },
      '17': { js: [{ publicPath: '/assets/js/home.js' }] },
      '90': { js: [{ publicPath: '/assets/js/common.js' }] },
      '91': {},
    },
  },
  matchPath,
};

const routeScriptsOf = routeScriptsFinder(input);

describe('route scripts', () => {
  test("a page's scripts are its layouts', its component's and its content's, with their shared chunks, each once", () => {
    expect(routeScriptsOf('/docs/api/encrypt')).toEqual([
      '/assets/js/docsRoot.js',
      '/assets/js/version.js',
      '/assets/js/sidebarRoot.js',
      '/assets/js/common.js',
      '/assets/js/docItem.js',
      '/assets/js/encrypt.js',
    ]);
  });

  test("another page has its own content's script and none of a sibling's; a page outside the layouts has none of theirs", () => {
    const intro = routeScriptsOf('/docs/intro');
    expect(intro).toContain('/assets/js/intro.js');
    expect(intro).not.toContain('/assets/js/encrypt.js');
    expect(routeScriptsOf('/')).toEqual(['/assets/js/home.js']);
    expect(routeScriptsOf('/nowhere')).toEqual([]);
  });

  const page = '<head><script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/main.2.js defer></script></head>';

  test('the scripts go between the runtime and the main bundle, so they run before it', () => {
    expect(withRouteScripts(page, ['/assets/js/a.js', '/assets/js/b.js'])).toBe(
      '<head><script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/a.js defer data-no-preload></script><script src=/assets/js/b.js defer data-no-preload></script><script src=/assets/js/main.2.js defer></script></head>',
    );
  });

  test('a script the page already names is not named twice, and no scripts leave the page as it was', () => {
    expect(withRouteScripts(page, ['/assets/js/main.2.js'])).toBe(page);
    expect(withRouteScripts(page, [])).toBe(page);
  });
});

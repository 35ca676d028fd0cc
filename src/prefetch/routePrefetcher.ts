/** A route of Docusaurus's route tree, as far as prefetching reads it. */
export interface PrefetchRoute {
  /** Docusaurus gives every route one path; React Router also allows none (matches as its parent did) or several. */
  readonly path?: string | readonly string[];
  readonly exact?: boolean;
  readonly strict?: boolean;
  readonly routes?: readonly PrefetchRoute[];
}

/** Chunk names per route, keyed by the route's path plus "-" and a hash, nested as Docusaurus writes them. */
export interface ChunkNamesTree {
  readonly [key: string]: string | ChunkNamesTree;
}

export interface RoutePrefetcherDeps {
  readonly routes: readonly PrefetchRoute[];
  readonly routesChunkNames: Readonly<Record<string, ChunkNamesTree>>;
  /** React Router's matchPath: null when the route does not match. */
  readonly matchPath: (pathname: string, route: PrefetchRoute) => unknown;
  /** The URL of a chunk's file, or undefined (a chunk merged into another has none). */
  readonly chunkUrl: (chunkName: string) => string | undefined;
  /** Starts fetching a URL at idle priority; settles when it has loaded or failed. */
  readonly prefetchUrl: (url: string) => Promise<void>;
  /** False on a slow or data-saving connection. */
  readonly canPrefetch: () => boolean;
}

/** The routes a path renders, outermost first: at each level the first route that matches, as react-router-config's matchRoutes. */
export function matchedRoutes(routes: readonly PrefetchRoute[], pathname: string, matchPath: RoutePrefetcherDeps['matchPath']): PrefetchRoute[] {
  const route = routes.find((candidate) => candidate.path === undefined || matchPath(pathname, candidate) !== null);
  if (route === undefined) return [];
  return [route, ...(route.routes ? matchedRoutes(route.routes, pathname, matchPath) : [])];
}

function leaves(tree: string | ChunkNamesTree): string[] {
  return typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(leaves);
}

/** Every route path's chunk names: the leaves of every entry of routesChunkNames for that path, whatever its hash. */
export function chunkNamesByRoutePath(routesChunkNames: RoutePrefetcherDeps['routesChunkNames']): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const [pathWithHash, chunks] of Object.entries(routesChunkNames)) {
    const routePath = pathWithHash.replace(/-[^-]+$/, '');
    index.set(routePath, [...(index.get(routePath) ?? []), ...leaves(chunks)]);
  }
  return index;
}

/**
 * Docusaurus's route prefetch (window.docusaurus.prefetch: the chunks of every route a path renders), except that
 * each chunk's file is prefetched once per page instead of once per route. Every docs route shares its layouts'
 * chunks, and the links on an API page name 25 routes or more: Docusaurus appended 325 `<link rel=prefetch>` for
 * 27 files, in one task as the page became interactive (180 ms at Lighthouse's mobile throttling).
 */
export function createRoutePrefetcher(deps: RoutePrefetcherDeps): (routePath: string) => false | Promise<void[]> {
  const prefetchedRoutes = new Set<string>();
  const prefetchedUrls = new Set<string>();
  // Built at the first prefetch, not at start-up: the page is interactive by then, and a reader on 2G never needs it.
  let chunkNamesOf: ReadonlyMap<string, readonly string[]> | undefined;
  return (routePath) => {
    if (prefetchedRoutes.has(routePath) || !deps.canPrefetch()) return false;
    prefetchedRoutes.add(routePath);
    const chunkNames = (chunkNamesOf ??= chunkNamesByRoutePath(deps.routesChunkNames));
    const urls = matchedRoutes(deps.routes, routePath, deps.matchPath)
      .flatMap((route) => (typeof route.path === 'string' ? (chunkNames.get(route.path) ?? []) : []))
      .map((chunkName) => deps.chunkUrl(chunkName))
      .filter((url): url is string => url !== undefined && !url.includes('undefined') && !prefetchedUrls.has(url));
    const unique = [...new Set(urls)];
    unique.forEach((url) => prefetchedUrls.add(url));
    return Promise.all(unique.map((url) => deps.prefetchUrl(url)));
  };
}

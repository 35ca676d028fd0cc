import { chunkNamesByRoutePath, matchedRoutes, type ChunkNamesTree, type PrefetchRoute } from '../../prefetch/routePrefetcher';

/** The parts of the client manifest Docusaurus writes (.docusaurus/client-manifest.json) that name a chunk's files. */
export interface ClientManifest {
  /** Per chunk name or id: the ids of every chunk that has to load with it (its chunk group), itself included. */
  readonly origins: Readonly<Record<string, readonly string[]>>;
  /** Per chunk id: its files by type. */
  readonly assets: Readonly<Record<string, { readonly js?: readonly { readonly publicPath: string }[] }>>;
}

export interface RouteScriptsInput {
  readonly routes: readonly PrefetchRoute[];
  readonly routesChunkNames: Readonly<Record<string, ChunkNamesTree>>;
  readonly manifest: ClientManifest;
  readonly matchPath: (pathname: string, route: PrefetchRoute) => unknown;
}

/**
 * The script files of the chunks a page's routes render (its layouts', its component's and its content's), as the
 * client's preload asks for them before hydrating, by the page's path. Docusaurus's pages name only the main bundle:
 * the main bundle's task then asked for these one by one (a dozen script elements, about 60 ms of that task at a
 * phone's speed) and hydration waited for their round trip.
 */
export function routeScriptsFinder(input: RouteScriptsInput): (pathname: string) => string[] {
  const chunkNamesOf = chunkNamesByRoutePath(input.routesChunkNames);
  return (pathname) => {
    const chunkNames = matchedRoutes(input.routes, pathname, input.matchPath).flatMap((route) =>
      typeof route.path === 'string' ? (chunkNamesOf.get(route.path) ?? []) : [],
    );
    const chunkIds = [...new Set(chunkNames)].flatMap((chunkName) => input.manifest.origins[chunkName] ?? []);
    const files = [...new Set(chunkIds)].flatMap((chunkId) => (input.manifest.assets[chunkId]?.js ?? []).map((file) => file.publicPath));
    return [...new Set(files)];
  };
}

const FIRST_DEFERRED_SCRIPT = /<script src=("?)([^"\s>]+)\1 defer><\/script>/;

/**
 * The page with `scripts` deferred right after its first deferred script (the bundler's runtime), so they load
 * with the main bundle and run before it, each in a task of its own; the main bundle then finds their chunks
 * installed. Marked not to be preloaded (see startScriptsAfterFirstPaint): fetched from <head>, a dozen more files
 * shared a slow connection with the page's stylesheet and moved its first paint (Lighthouse's simulated mobile LCP
 * went from about 2.2 to 3.3 s). Scripts the page already names are left out.
 */
export function withRouteScripts(html: string, scripts: readonly string[]): string {
  const missing = scripts.filter((script) => !html.includes(`src=${script} `) && !html.includes(`src="${script}"`));
  if (missing.length === 0) return html;
  return html.replace(FIRST_DEFERRED_SCRIPT, (runtime) => runtime + missing.map((script) => `<script src=${script} defer data-no-preload></script>`).join(''));
}

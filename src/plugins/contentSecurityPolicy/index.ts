import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { matchPath } from 'react-router';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from './addContentSecurityPolicy';
import { routeScriptsFinder, withRouteScripts } from './routeScripts';
import { startScriptsAfterFirstPaint } from './startScriptsAfterFirstPaint';

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

/** The path a built page is served at: docs/intro/index.html is /docs/intro, index.html is /. */
function pathnameOf(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'/index.html'.length) || '/' : path;
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

/**
 * After the build, names in every page the scripts of its routes' chunks (see routeScripts.ts), starts its scripts
 * after its first paint (see startScriptsAfterFirstPaint.ts), and gives it one Content-Security-Policy <meta> that
 * allows the inline scripts the build actually wrote (hashed from the written files, so a Docusaurus upgrade that
 * changes them cannot break the site or loosen the policy), and no others.
 */
export default function contentSecurityPolicyPlugin({ generatedFilesDir }: LoadContext): Plugin {
  return {
    name: 'qkms-content-security-policy',
    async postBuild({ outDir, routes }) {
      const routeScriptsOf = routeScriptsFinder({
        routes,
        routesChunkNames: await readJson(join(generatedFilesDir, 'routesChunkNames.json')),
        manifest: await readJson(join(generatedFilesDir, 'client-manifest.json')),
        matchPath: (pathname, route) => matchPath(pathname, route as Parameters<typeof matchPath>[1]),
      });
      const files = await htmlFiles(outDir);
      const pages = await Promise.all(
        files.map(async (file) => {
          const html = withRouteScripts(await readFile(file, 'utf8'), routeScriptsOf(pathnameOf(outDir, file)));
          return { file, html: startScriptsAfterFirstPaint(html) };
        }),
      );
      // One policy for the whole site: client-side navigation keeps the first page's policy.
      const policy = contentSecurityPolicy(pages.flatMap(({ html }) => inlineScriptHashes(html)));
      await Promise.all(pages.map(({ file, html }) => writeFile(file, withContentSecurityPolicy(html, policy))));
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';

const SITEMAP = path.resolve('build/sitemap.xml');

/**
 * The path of every page in the production build's sitemap, so pages other engineers add are checked
 * without listing them here. Read when the spec loads: the suite runs against `build/`.
 */
export function sitemapPaths(): string[] {
  if (!fs.existsSync(SITEMAP)) throw new Error(`${SITEMAP} is missing: run \`npm run build\` before the e2e suite`);
  const xml = fs.readFileSync(SITEMAP, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  return [...new Set(paths)].sort();
}

/** The operation pages among them: every page under /docs/api/ but the overview. */
export function apiPagePaths(): string[] {
  return sitemapPaths().filter((pagePath) => /^\/docs\/api\/[^/]+\/?$/.test(pagePath));
}

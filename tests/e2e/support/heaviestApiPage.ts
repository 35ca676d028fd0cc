import fs from 'node:fs';
import path from 'node:path';

/**
 * The operation page whose static HTML has the most elements, i.e. the one React hydrates most of, found in the
 * production build so a page that grows takes over without a change here.
 */
export function heaviestApiPage(buildDir = path.resolve('build')): { readonly path: string; readonly elements: number } {
  const apiDir = path.join(buildDir, 'docs', 'api');
  if (!fs.existsSync(apiDir)) throw new Error(`${apiDir} is missing: run \`npm run build\` first`);
  let heaviest = { path: '', elements: 0 };
  for (const entry of fs.readdirSync(apiDir, { withFileTypes: true })) {
    const page = path.join(apiDir, entry.name, 'index.html');
    if (!entry.isDirectory() || !fs.existsSync(page)) continue;
    const elements = fs.readFileSync(page, 'utf8').match(/<[a-zA-Z][^>]*>/g)?.length ?? 0;
    if (elements > heaviest.elements) heaviest = { path: `/docs/api/${entry.name}`, elements };
  }
  return heaviest;
}

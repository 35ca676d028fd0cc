import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .mdx file under `docsDir`, as paths relative to it with forward slashes, sorted. */
export function listDocPages(docsDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) pages.push(path.relative(docsDir, full).split(path.sep).join('/'));
    }
  };
  walk(docsDir);
  return pages.sort();
}

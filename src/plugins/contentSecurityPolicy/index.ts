import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from './addContentSecurityPolicy';
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

/**
 * After the build, gives every page one Content-Security-Policy <meta> that allows the inline
 * scripts the build actually wrote (hashed from the written files, so a Docusaurus upgrade that
 * changes them cannot break the site or loosen the policy), and no others.
 */
export default function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'qkms-content-security-policy',
    async postBuild({ outDir }) {
      const files = await htmlFiles(outDir);
      const pages = await Promise.all(files.map(async (file) => ({ file, html: startScriptsAfterFirstPaint(await readFile(file, 'utf8')) })));
      // One policy for the whole site: client-side navigation keeps the first page's policy.
      const policy = contentSecurityPolicy(pages.flatMap(({ html }) => inlineScriptHashes(html)));
      await Promise.all(pages.map(({ file, html }) => writeFile(file, withContentSecurityPolicy(html, policy))));
    },
  };
}

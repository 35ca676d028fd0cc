import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { withoutBundledLanguages } from './withoutBundledLanguages';

/** The source of prism-react-renderer's ESM build, the one the bundler resolves. */
async function prismReactRendererSource(siteDir: string): Promise<string> {
  const packageJson = createRequire(join(siteDir, 'package.json')).resolve('prism-react-renderer/package.json');
  const { module: esmEntry } = JSON.parse(await readFile(packageJson, 'utf8')) as { module: string };
  return readFile(join(dirname(packageJson), esmEntry), 'utf8');
}

/**
 * Bundles prism-react-renderer without its default grammars. Defining them was the costliest part of starting the
 * page's main script: each `insertBefore` walks every grammar already defined, so 30-odd grammars cost about 200 ms of
 * an API page's first load at Lighthouse's mobile throttling, for a site that highlights eight languages. Those come
 * from prismjs's components instead (HIGHLIGHTED_LANGUAGES, through Docusaurus's additionalLanguages).
 */
export default function prismWithoutBundledLanguagesPlugin({ siteDir }: LoadContext): Plugin {
  let modulePath: string | undefined;
  return {
    name: 'qkms-prism-without-bundled-languages',
    async contentLoaded({ actions }) {
      modulePath = await actions.createData('prism-react-renderer.mjs', withoutBundledLanguages(await prismReactRendererSource(siteDir)));
    },
    configureWebpack() {
      if (modulePath === undefined) throw new Error('prism-react-renderer was configured before its module was written');
      return { resolve: { alias: { 'prism-react-renderer$': modulePath } } };
    },
  };
}

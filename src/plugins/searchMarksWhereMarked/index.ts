import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Gives the search plugin's page highlighter (mark.js, imported by its generated module under its resolved path) in
 * the form of src/search/markWhereMarked.ts, which skips clearing highlights from a page that has none.
 */
export default function searchMarksWhereMarkedPlugin({ siteDir }: LoadContext): Plugin {
  const markJsPath = createRequire(join(siteDir, 'package.json')).resolve('mark.js');
  return {
    name: 'qkms-search-marks-where-marked',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return { resolve: { alias: { [`${markJsPath}$`]: join(siteDir, 'src/search/markWhereMarked.ts') } } };
    },
  };
}

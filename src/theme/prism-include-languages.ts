import type * as PrismNamespace from 'prismjs';
import includeConfiguredLanguages from '@theme-original/prism-include-languages';
import { highlightAmzJsonBodies } from '../prism/amzJsonBodies';

type PrismLib = typeof PrismNamespace;
type WithPrism = { Prism?: PrismLib };

/** The configured languages (src/prism/highlightedLanguages.ts), plus HTTP with KMS's JSON bodies highlighted. */
export default function prismIncludeLanguages(prism: PrismLib): void {
  (includeConfiguredLanguages as (prism: PrismLib) => void)(prism);
  // Prism components register themselves on a global Prism; lend ours for the duration of the require.
  const scope: WithPrism = globalThis as WithPrism;
  const before = scope.Prism;
  scope.Prism = prism;
  require('prismjs/components/prism-http');
  if (before === undefined) delete scope.Prism;
  else scope.Prism = before;
  highlightAmzJsonBodies(prism);
}

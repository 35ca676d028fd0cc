import type * as PrismNamespace from 'prismjs';
import includeConfiguredLanguages from '@theme-original/prism-include-languages';
import { highlightAmzJsonBodies } from '../prism/amzJsonBodies';

type PrismLib = typeof PrismNamespace;

/** The configured languages (src/prism/highlightedLanguages.ts), with KMS's JSON bodies highlighted in HTTP. */
export default function prismIncludeLanguages(prism: PrismLib): void {
  (includeConfiguredLanguages as (prism: PrismLib) => void)(prism);
  highlightAmzJsonBodies(prism);
}

import type * as PrismNamespace from 'prismjs';
import includeConfiguredLanguages from '@theme-original/prism-include-languages';

type PrismLib = typeof PrismNamespace;
type WithPrism = { Prism?: PrismLib };

/**
 * The configured languages, plus HTTP with KMS's JSON bodies highlighted: Prism's HTTP grammar only
 * recognises application/json, and the KMS wire format is application/x-amz-json-1.1.
 */
export default function prismIncludeLanguages(prism: PrismLib): void {
  (includeConfiguredLanguages as (prism: PrismLib) => void)(prism);
  // Prism components register themselves on a global Prism; lend ours for the duration of the require.
  const scope: WithPrism = globalThis as WithPrism;
  const before = scope.Prism;
  scope.Prism = prism;
  require('prismjs/components/prism-http');
  if (before === undefined) delete scope.Prism;
  else scope.Prism = before;
  prism.languages.insertBefore('http', 'header', {
    'application-x-amz-json': {
      pattern: /(content-type:\s*application\/x-amz-json-1\.[01](?:(?:\r\n?|\n)[\w-].*)*(?:\r(?:\n|(?!\n))|\n))[^ \t\w-][\s\S]*/i,
      lookbehind: true,
      inside: prism.languages.json,
    },
  });
}

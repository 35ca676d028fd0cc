import type * as PrismNamespace from 'prismjs';

type PrismLib = typeof PrismNamespace;

/**
 * Highlights the JSON bodies of HTTP messages sent as KMS's wire format: Prism's HTTP grammar only recognises
 * application/json, and KMS uses application/x-amz-json-1.1. Needs the http and json grammars.
 */
export function highlightAmzJsonBodies(prism: PrismLib): void {
  prism.languages.insertBefore('http', 'header', {
    'application-x-amz-json': {
      pattern: /(content-type:\s*application\/x-amz-json-1\.[01](?:(?:\r\n?|\n)[\w-].*)*(?:\r(?:\n|(?!\n))|\n))[^ \t\w-][\s\S]*/i,
      lookbehind: true,
      inside: prism.languages.json,
    },
  });
}

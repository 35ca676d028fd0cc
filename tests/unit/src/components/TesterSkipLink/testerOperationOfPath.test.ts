import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOperationName } from '../../../../../mock-server/spec';
import { listOperationPages } from '../../../../../scripts/examples/listOperationPages';
import { testerOperationOfPath } from '../../../../../src/components/TesterSkipLink/testerOperationOfPath';

describe('the operation a page’s skip link jumps to', () => {
  it('is a served operation for every API page, read from its URL', () => {
    const pages = listOperationPages(path.resolve(process.cwd(), 'docs'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const operation = testerOperationOfPath(`/docs/${page.replace(/\.mdx$/, '')}`);
      expect(operation !== undefined && isOperationName(operation), `${page} → ${operation}`).toBe(true);
    }
  });

  it('reads kebab-case slugs, with or without a trailing slash', () => {
    expect(testerOperationOfPath('/docs/api/re-encrypt')).toBe('ReEncrypt');
    expect(testerOperationOfPath('/docs/api/generate-data-key-pair-without-plaintext/')).toBe('GenerateDataKeyPairWithoutPlaintext');
  });

  it('is none on pages without a tester: the API overview, concept pages, the home page', () => {
    for (const pathname of ['/docs/api', '/docs/api/', '/docs/concepts/keys', '/', '/docs/concepts/flows/sign-and-verify']) {
      expect(testerOperationOfPath(pathname), pathname).toBeUndefined();
    }
  });
});

import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { isOperationName } from '../../../mock-server';
import type { OperationName } from '../../../mock-server';

function docOperationCandidates(): readonly unknown[] {
  try {
    const { frontMatter, metadata } = useDoc();
    const extra: Readonly<Record<string, unknown>> = frontMatter;
    return [extra.operation, frontMatter.title, metadata.title];
  } catch {
    // useDoc throws outside a docs page (a React page, a blog post); tables there simply get no spec.
    return [];
  }
}

/** The operation a docs page documents (front matter `operation`, else its title), if it is one QKMS serves. */
export function useDocOperation(): OperationName | undefined {
  return docOperationCandidates().find(
    (candidate): candidate is OperationName => typeof candidate === 'string' && isOperationName(candidate),
  );
}

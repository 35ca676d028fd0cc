import { useCallback, useEffect } from 'react';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { kebabCase } from '../../snippets/kebabCase';
import { loadExample, registerExample } from '../ApiTester/exampleBus';
import type { RequestBody } from '../ApiTester/exampleBus';
import { testerElementId } from '../ApiTester/testerElementId';

/**
 * Registers the example for "Fill example" and returns the "Try it" action: load the body into the
 * operation's tester, with the example's caller, scroll to it and focus it — on this page, or on the operation's page when this one has none.
 */
export function useTryIt(operation: string, body: RequestBody, caller?: string): () => void {
  const history = useHistory();
  const operationPage = useBaseUrl(`/docs/api/${kebabCase(operation)}`);
  useEffect(() => registerExample(operation, body), [operation, body]);
  return useCallback(() => {
    loadExample({ operation, body, caller });
    const id = testerElementId(operation);
    const tester = document.getElementById(id);
    if (tester) {
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      tester.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
      // Keyboard users continue in the tester (the next Tab is its first control), not among the examples.
      tester.focus({ preventScroll: true });
    } else {
      history.push(`${operationPage}#${id}`);
    }
  }, [operation, body, caller, history, operationPage]);
}

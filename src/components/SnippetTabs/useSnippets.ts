import { useMemo } from 'react';
import type { JsonObject } from '../../json/JsonValue';
import { callerEndpoint } from '../../snippets/callerEndpoint';
import { sandboxEndpoint } from '../../snippets/sandboxEndpoint';
import type { SnippetInput } from '../../snippets/SnippetInput';
import { snippetLanguages } from '../../snippets/snippetLanguages';
import type { DeferredSnippetLanguage } from '../../snippets/snippetLanguages';

interface SnippetTab {
  readonly id: string;
  readonly label: string;
  readonly prism: string;
}

/** A tab whose code is ready, or one whose generator loads when the tab is shown (`deferred`). */
export type Snippet =
  | (SnippetTab & { readonly code: string })
  | (SnippetTab & { readonly deferred: DeferredSnippetLanguage; readonly input: SnippetInput });

/** The request in every language of the list, aimed at the local mock server readers can run. */
export function useSnippets(operation: string, body: JsonObject, caller?: string): readonly Snippet[] {
  return useMemo(() => {
    const input: SnippetInput = { operation, body, endpoint: callerEndpoint(sandboxEndpoint, caller) };
    return snippetLanguages.map((language): Snippet => {
      const tab = { id: language.id, label: language.label, prism: language.prism };
      return 'generate' in language ? { ...tab, code: language.generate(input) } : { ...tab, deferred: language, input };
    });
  }, [operation, body, caller]);
}

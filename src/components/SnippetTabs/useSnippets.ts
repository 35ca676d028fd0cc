import { useMemo } from 'react';
import type { JsonObject } from '../../json/JsonValue';
import { sandboxEndpoint } from '../../snippets/sandboxEndpoint';
import { snippetLanguages } from '../../snippets/snippetLanguages';
import type { SnippetLanguage } from '../../snippets/snippetLanguages';

export interface Snippet extends Omit<SnippetLanguage, 'generate'> {
  readonly code: string;
}

/** The request in every language of the list, aimed at the local mock server readers can run. */
export function useSnippets(operation: string, body: JsonObject): readonly Snippet[] {
  return useMemo(
    () =>
      snippetLanguages.map(({ generate, ...language }) => ({
        ...language,
        code: generate({ operation, body, endpoint: sandboxEndpoint }),
      })),
    [operation, body],
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { SnippetInput } from '../../snippets/SnippetInput';
import type { DeferredSnippetLanguage, SnippetGenerator } from '../../snippets/snippetLanguages';

// Loaded once per page session: later panels (and client-side navigations) render the code at once.
const loaded = new Map<string, SnippetGenerator>();

/**
 * The code of a deferred language, once its panel has been on screen: a hidden tab panel never
 * intersects, so the generator loads only when a reader shows the tab (or arrives with it chosen).
 * Until then (and in the static HTML, which hydration must match) the code is undefined.
 */
export function useDeferredSnippet(
  language: DeferredSnippetLanguage,
  input: SnippetInput,
): { readonly ref: RefObject<HTMLDivElement | null>; readonly code: string | undefined } {
  const ref = useRef<HTMLDivElement | null>(null);
  const [generate, setGenerate] = useState<SnippetGenerator | undefined>(undefined);

  useEffect(() => {
    const ready = loaded.get(language.id);
    if (ready) {
      setGenerate(() => ready);
      return undefined;
    }
    let cancelled = false;
    const load = (): void => {
      void language.load().then((generator) => {
        loaded.set(language.id, generator);
        if (!cancelled) setGenerate(() => generator);
      });
    };
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') {
      load();
      return () => {
        cancelled = true;
      };
    }
    // A margin so the code is written before the reader scrolls to it.
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [language]);

  const code = useMemo(() => generate?.(input), [generate, input]);
  return { ref, code };
}

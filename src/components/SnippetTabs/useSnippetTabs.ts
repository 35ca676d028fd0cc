import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useScrollPositionBlocker, useTabsContextValue } from '@docusaurus/theme-common/internal';
import type { Snippet } from './useSnippets';

/** Remembered site-wide (local storage), so every example and tester shows the language last chosen. */
export const SNIPPET_LANGUAGE_GROUP = 'qkms-snippet-language';

export interface SnippetTabsState {
  readonly selected: string;
  readonly select: (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>, value: string) => void;
  /** Arrow keys move focus along the tab list; Enter selects. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>, value: string) => void;
}

/**
 * The selected language of a set of snippet tabs, shared through Docusaurus's tab group storage. Unlike
 * Docusaurus's <Tabs>, nothing remounts after hydration: the stored language is applied by a state update,
 * so the page's code blocks are built once, not twice.
 */
export function useSnippetTabs(snippets: readonly Snippet[]): SnippetTabsState {
  const values = useMemo(() => snippets.map((snippet) => ({ value: snippet.id, label: snippet.label })), [snippets]);
  const { selectedValue, selectValue } = useTabsContextValue({ groupId: SNIPPET_LANGUAGE_GROUP, values, children: undefined });
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();
  const select = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>, value: string): void => {
    if (value === selectedValue) return;
    // Other tab lists of the group change height above this one; keep this one where the reader's pointer is.
    blockElementScrollPositionUntilNextRender(event.currentTarget);
    selectValue(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, value: string): void => {
    if (event.key === 'Enter') {
      select(event, value);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const tabs = Array.from(event.currentTarget.parentElement?.children ?? []) as HTMLElement[];
    const next = (tabs.indexOf(event.currentTarget) + step + tabs.length) % tabs.length;
    tabs[next]?.focus();
  };
  return { selected: selectedValue, select, onKeyDown };
}

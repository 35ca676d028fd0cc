import { useCallback, useEffect, useRef, useState } from 'react';
import type { useCodeWordWrap } from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useCodeWordWrap>;

/** Whether the block's code is wider than the block, read where the browser has just laid both out. */
const overflows = (block: HTMLPreElement): boolean => block.scrollWidth > block.clientWidth;

/**
 * Docusaurus's word-wrap state for a code block (the toggle button shows when the code is wider than its block),
 * measured without forcing a layout. Docusaurus's own hook reads `scrollWidth` in an effect of every block as it
 * mounts, and again on every window resize and on a tab panel becoming visible: each read lays the whole page out
 * at once, in the middle of React's commit, which made the tester's mount one long task on an API page. Here a
 * ResizeObserver watches the block and its code: its callback runs once the browser has laid them out anyway (so
 * the read costs nothing), and it fires for everything the other hook listened to, since each changes a size
 * (a hidden panel's block has none; the code element floats, so it is as wide as its longest line).
 */
export function useObservedWordWrap(): WordWrap {
  const codeBlockRef = useRef<HTMLPreElement | null>(null);
  const observed = useRef<{ readonly block: HTMLPreElement; readonly observer: ResizeObserver } | undefined>(undefined);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  // Runs after every render, since the ref's element can change; it only observes again when it did.
  useEffect(() => {
    const block = codeBlockRef.current;
    if (observed.current?.block === block) return;
    observed.current?.observer.disconnect();
    observed.current = undefined;
    if (block === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setIsCodeScrollable(overflows(block)));
    observer.observe(block);
    const code = block.querySelector('code');
    if (code !== null) observer.observe(code);
    observed.current = { block, observer };
  });
  // Forgets the block as well, so a remount (React's strict mode runs effects twice) observes it again.
  useEffect(
    () => () => {
      observed.current?.observer.disconnect();
      observed.current = undefined;
    },
    [],
  );

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (code) {
      if (isEnabled) {
        code.removeAttribute('style');
      } else {
        code.style.whiteSpace = 'pre-wrap';
        // Very long tokens (a base64 blob) must wrap too, or the block still scrolls.
        code.style.overflowWrap = 'anywhere';
      }
    }
    setIsEnabled((enabled) => !enabled);
  }, [isEnabled]);

  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}

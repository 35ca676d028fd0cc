import { startTransition, useEffect, useState } from 'react';

/**
 * False while the server renders and while React hydrates the page, true right after, set in a transition.
 * Docusaurus's BrowserOnly flips with its browser context in an ordinary effect update, which React renders
 * in one uninterrupted task: whatever BrowserOnly reveals (a whole tester) mounted in a single long task
 * that blocked the page. A transition lets React render it in slices and yield to the reader in between.
 */
export function useMountedAfterHydration(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => setMounted(true));
  }, []);
  return mounted;
}

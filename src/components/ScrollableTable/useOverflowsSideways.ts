import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is wider than its box (so it scrolls sideways), kept current as the window resizes. */
export function useOverflowsSideways(element: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const current = element.current;
    if (current === null) return undefined;
    const measure = (): void => setOverflows(current.scrollWidth > current.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(current);
    // The box keeps its size when what is inside grows (a web font arriving, a cell's code): watch that too.
    for (const child of Array.from(current.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [element]);
  return overflows;
}

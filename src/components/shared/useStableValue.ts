import { useMemo } from 'react';

/**
 * The same object for as long as its JSON is the same. MDX passes inline object literals
 * (`request={{...}}`), which are new on every render; effects keyed on them would re-run each time.
 */
export function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => value, [key]);
}

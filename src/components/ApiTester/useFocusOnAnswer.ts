import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the response when a send finishes (sending goes from true to false), so keyboard and
 * screen-reader users land on the answer and phones scroll it into view. A response restored without a
 * send does not take focus.
 */
export function useFocusOnAnswer<T extends HTMLElement>(sending: boolean): RefObject<T | null> {
  const target = useRef<T | null>(null);
  const wasSending = useRef(sending);
  useEffect(() => {
    if (wasSending.current && !sending) target.current?.focus();
    wasSending.current = sending;
  }, [sending]);
  return target;
}

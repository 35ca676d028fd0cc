import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './CopyButton.module.css';

export interface CopyButtonProps {
  /** Read on click, so a large value is not built on every render. */
  readonly text: () => string;
  /** What is copied ("response body"): read by screen readers after "Copy", since several Copy buttons share a region. */
  readonly what: string;
  /** Visible text, "Copy" unless a button needs more ("Copy as raw HTTP"). */
  readonly children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a value to the clipboard; shows "Copied" and announces it, since a click on its own says nothing to a screen reader. */
export function CopyButton({ text, what, children = 'Copy' }: CopyButtonProps): ReactNode {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const settle = (next: CopyState): void => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };
  const copy = (): void => {
    navigator.clipboard.writeText(text()).then(
      () => settle('copied'),
      () => settle('failed'),
    );
  };
  return (
    <span className={styles.wrap}>
      <button type="button" className={`button button--sm button--secondary ${styles.button}`} onClick={copy}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : children}
        <span className={styles.announcement}> {what}</span>
      </button>
      <span role="status" className={styles.announcement}>
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Copy failed: the browser refused clipboard access' : ''}
      </span>
    </span>
  );
}

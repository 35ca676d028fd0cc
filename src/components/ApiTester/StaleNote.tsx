import React, { type ReactNode } from 'react';
import styles from './StaleNote.module.css';

/** Marks the response on screen as an answer to an earlier request, in words (for screen readers too), not only by colour. */
export function StaleNote({ message }: { readonly message: string }): ReactNode {
  return (
    <p className={styles.stale} data-testid="response-stale">
      <strong>Earlier request.</strong> {message}
    </p>
  );
}

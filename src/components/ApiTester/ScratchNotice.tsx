import React, { type ReactNode } from 'react';
import type { ApiTester } from './useApiTester';
import { useScratchTarget } from './useScratchTarget';
import styles from './ScratchNotice.module.css';

/**
 * Above Send, while a destructive request names an example resource other pages' examples rely on:
 * one click makes a scratch one and aims the request at it; Send still sends as written.
 */
export function ScratchNotice({ tester }: { readonly tester: ApiTester }): ReactNode {
  const { target, available, busy, failure, switchToScratch } = useScratchTarget(tester);
  if (target === undefined) return null;
  return (
    <div className={styles.notice} data-testid="scratch-notice">
      <p className={styles.text}>
        This changes the example {target.kind} other pages use (<code>{target.member}</code>{' '}
        <code className={styles.value}>{target.value}</code>).{' '}
        {available ? `Use a scratch ${target.kind} instead, or Send anyway` : 'Send anyway if you mean to'}; <strong>Reset sandbox</strong> restores
        the examples.
      </p>
      {available && (
        <button type="button" className="button button--sm button--secondary" onClick={switchToScratch} disabled={busy}>
          {busy ? `Making a scratch ${target.kind}…` : `Use a scratch ${target.kind}`}
        </button>
      )}
      {failure && (
        <p className={styles.failure} role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

import React, { type ReactNode } from 'react';
import { decodeHint, SANDBOX_HINT_HEADER } from '../../../mock-server';
import styles from './SandboxHint.module.css';

export interface SandboxHintProps {
  readonly headers: readonly (readonly [string, string])[];
}

/** The backend's X-Qkms-Sandbox-Hint under an error body: what the sandbox knows beyond AWS's wording. */
export function SandboxHint({ headers }: SandboxHintProps): ReactNode {
  const wanted = SANDBOX_HINT_HEADER.toLowerCase();
  const value = headers.find(([name]) => name.toLowerCase() === wanted)?.[1];
  if (value === undefined) return null;
  return (
    <p className={styles.hint} data-testid="sandbox-hint">
      <strong>Sandbox hint</strong> <span className={styles.note}>(not sent by AWS KMS)</span>: {decodeHint(value)}
    </p>
  );
}

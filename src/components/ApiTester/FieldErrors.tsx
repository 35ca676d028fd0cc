import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface FieldErrorsProps {
  readonly id: string;
  readonly messages: readonly string[] | undefined;
}

/** Validation messages under a field or the JSON editor; nothing when there are none. */
export function FieldErrors({ id, messages }: FieldErrorsProps): ReactNode {
  if (!messages || messages.length === 0) return null;
  return (
    <div role="list" className={styles.fieldErrors} id={id}>
      {messages.map((message) => (
        <div role="listitem" key={message}>
          {message}
        </div>
      ))}
    </div>
  );
}

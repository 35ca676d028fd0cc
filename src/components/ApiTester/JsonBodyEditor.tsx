import React, { type Dispatch, type ReactNode } from 'react';
import { FieldErrors } from './FieldErrors';
import type { GroupedErrors } from './model/fieldErrors';
import type { TesterAction } from './state/TesterAction';
import styles from './styles.module.css';

export interface JsonBodyEditorProps {
  readonly operation: string;
  readonly text: string;
  readonly error: string | undefined;
  readonly errors: GroupedErrors | undefined;
  readonly dispatch: Dispatch<TesterAction>;
}

/** The request body as raw JSON; validation messages name their member, since there is no field to stand next to. */
export function JsonBodyEditor({ operation, text, error, errors, dispatch }: JsonBodyEditorProps): ReactNode {
  const jsonId = `tester-${operation}-json`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={jsonId}>
        Request body (JSON)
      </label>
      <textarea
        id={jsonId}
        className={`${styles.control} ${styles.mono} ${styles.jsonEditor}`}
        rows={Math.min(24, Math.max(8, text.split('\n').length + 1))}
        spellCheck={false}
        value={text}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${jsonId}-error` : undefined}
        onChange={(event) => dispatch({ type: 'edit-json', text: event.target.value })}
      />
      {error && (
        <div className={styles.jsonError} id={`${jsonId}-error`}>
          {error}
        </div>
      )}
      {errors && (
        <FieldErrors
          id={`${jsonId}-errors`}
          messages={Object.entries(errors.byField).flatMap(([name, list]) => list.map((message) => `${name}: ${message}`))}
        />
      )}
    </div>
  );
}

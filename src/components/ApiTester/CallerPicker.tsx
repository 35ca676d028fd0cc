import React, { type Dispatch, type ReactNode } from 'react';
import { callerKind, callerNote, callerOptions, callerProblem } from './model/callerChoice';
import type { CallerChoice } from './model/callerChoice';
import type { TesterAction } from './state/TesterAction';
import styles from './styles.module.css';

export interface CallerPickerProps {
  readonly operation: string;
  readonly caller: CallerChoice;
  /** A send was stopped: an empty ARN box is a problem now. */
  readonly blocked: boolean;
  readonly dispatch: Dispatch<TesterAction>;
}

/** The Caller select (X-Qkms-Caller) and, for "Other principal ARN…", the ARN input with its check. */
export function CallerPicker({ operation, caller, blocked, dispatch }: CallerPickerProps): ReactNode {
  const callerId = `tester-${operation}-caller`;
  const arnId = `${callerId}-arn`;
  const problem = callerProblem(caller);
  // An empty box is only a problem once the reader tries to send; a typed wrong ARN is one at once.
  const showProblem = problem !== undefined && (caller.otherArn.trim() !== '' || blocked);
  const message = problem ?? callerNote(caller);
  const messageId = `${callerId}-note`;
  return (
    <div className={styles.caller}>
      <label htmlFor={callerId}>Caller</label>
      <select
        id={callerId}
        className={styles.control}
        value={caller.kind}
        aria-describedby={caller.kind === 'partner' && message ? messageId : undefined}
        onChange={(event) => {
          const kind = callerKind(event.target.value);
          if (kind !== undefined) dispatch({ type: 'set-caller', caller: { ...caller, kind } });
        }}
      >
        {callerOptions.map((option) => (
          <option key={option.kind} value={option.kind}>
            {option.label}
          </option>
        ))}
      </select>
      {caller.kind === 'other' && (
        <>
          <label htmlFor={arnId} className={styles.callerArnLabel}>
            Other principal ARN
          </label>
          <input
            id={arnId}
            type="text"
            className={`${styles.control} ${styles.mono}`}
            spellCheck={false}
            autoComplete="off"
            placeholder="arn:verenc:444455556666:user/Alice"
            value={caller.otherArn}
            aria-invalid={showProblem}
            aria-describedby={message ? messageId : undefined}
            onChange={(event) => dispatch({ type: 'set-caller', caller: { ...caller, otherArn: event.target.value } })}
          />
        </>
      )}
      {message && (
        <span id={messageId} className={showProblem ? styles.hintBad : styles.hint}>
          {message}
        </span>
      )}
    </div>
  );
}

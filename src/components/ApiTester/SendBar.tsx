import React, { type ReactNode } from 'react';
import { CallerPicker } from './CallerPicker';
import { FaultPicker } from './FaultPicker';
import type { GroupedErrors } from './model/fieldErrors';
import { ErrorSummary } from './ErrorSummary';
import { summaryProblems } from './state/summaryProblems';
import type { ApiTester } from './useApiTester';
import styles from './styles.module.css';

export interface SendBarProps {
  readonly tester: ApiTester;
  readonly errors: GroupedErrors | undefined;
}

/** Fault and caller, Send, and — after a stopped send — the error summary with "Send anyway". */
export function SendBar({ tester, errors }: SendBarProps): ReactNode {
  const { state, dispatch, ready, send } = tester;
  return (
    <>
      <div className={styles.sendBar}>
        <div className={styles.sendOptions}>
          <FaultPicker operation={state.operation} fault={state.fault} dispatch={dispatch} />
          <CallerPicker operation={state.operation} caller={state.caller} blocked={state.blocked} dispatch={dispatch} />
        </div>
        <div className={styles.sendActions}>
          <button
            type="button"
            className="button button--primary"
            disabled={!ready || state.sending}
            onClick={() => send()}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            Send
          </button>
          <span className={styles.shortcut} aria-hidden="true">
            Ctrl/⌘ + Enter
          </span>
        </div>
      </div>
      {state.blocked && <ErrorSummary problems={summaryProblems(state, errors)} onSendAnyway={() => send(true)} />}
    </>
  );
}

import React, { type ReactNode } from 'react';
import { FieldErrors } from './FieldErrors';
import { FormFields } from './FormFields';
import { JsonBodyEditor } from './JsonBodyEditor';
import { RequestCode } from './RequestCode';
import { SendBar } from './SendBar';
import { visibleErrors } from './state/visibleErrors';
import type { ApiTester } from './useApiTester';
import styles from './styles.module.css';

export interface RequestEditorProps {
  readonly tester: ApiTester;
}

/** The request: a form from the page's parameters or raw JSON, the fault and caller, Send, and the request as code. */
export function RequestEditor({ tester }: RequestEditorProps): ReactNode {
  const { state, dispatch, fillExample } = tester;
  const errors = visibleErrors(state);
  const general = errors?.general ?? [];
  return (
    <div className={styles.section}>
      <div className={styles.toolbar}>
        <div className={styles.segmented} role="group" aria-label="Request editor">
          <button
            type="button"
            aria-pressed={state.mode === 'form'}
            className={styles.segment}
            onClick={() => dispatch({ type: 'switch-mode', mode: 'form' })}
          >
            Form
          </button>
          <button
            type="button"
            aria-pressed={state.mode === 'json'}
            className={styles.segment}
            onClick={() => dispatch({ type: 'switch-mode', mode: 'json' })}
          >
            JSON
          </button>
        </div>
        <button type="button" className="button button--sm button--secondary" onClick={fillExample}>
          Fill example
        </button>
      </div>
      {state.mode === 'form' ? (
        <FormFields operation={state.operation} fields={state.fields} form={state.form} errors={errors} dispatch={dispatch} blobInputs={state.blobInputs} />
      ) : (
        <JsonBodyEditor operation={state.operation} text={state.jsonText} error={state.jsonError} errors={errors} dispatch={dispatch} />
      )}
      {general.length > 0 && <FieldErrors id={`tester-${state.operation}-general-errors`} messages={general} />}
      <SendBar tester={tester} errors={errors} />
      <RequestCode state={state} />
    </div>
  );
}

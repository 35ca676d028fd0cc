import React, { type ReactNode } from 'react';
import { CallerPicker } from '../ApiTester/CallerPicker';
import { FieldErrors } from '../ApiTester/FieldErrors';
import { FormFields } from '../ApiTester/FormFields';
import { JsonBodyEditor } from '../ApiTester/JsonBodyEditor';
import { RequestCode } from '../ApiTester/RequestCode';
import { ErrorSummary } from '../ApiTester/ErrorSummary';
import { summaryProblems } from '../ApiTester/state/summaryProblems';
import { visibleErrors } from '../ApiTester/state/visibleErrors';
import type { ApiTester } from '../ApiTester/useApiTester';
import testerStyles from '../ApiTester/styles.module.css';

export interface FlowStepEditorProps {
  readonly tester: ApiTester;
  /**
   * Stands in for the operation in the controls' ids: a flow may hold two steps of one operation (two
   * CreateKey steps), and each label must name its own control.
   */
  readonly idScope: string;
}

/**
 * The tester's request editor for a flow step: the same form, JSON editor, caller, Send and code as an API
 * page's tester, with ids scoped to the step. Fault simulation stays on the API pages: a flow shows the path that works.
 */
export function FlowStepEditor({ tester, idScope }: FlowStepEditorProps): ReactNode {
  const { state, dispatch, ready, send } = tester;
  const errors = visibleErrors(state);
  const general = errors?.general ?? [];
  return (
    <div className={testerStyles.section}>
      <div className={testerStyles.toolbar}>
        <div className={testerStyles.segmented} role="group" aria-label="Request editor">
          <button type="button" aria-pressed={state.mode === 'form'} className={testerStyles.segment} onClick={() => dispatch({ type: 'switch-mode', mode: 'form' })}>
            Form
          </button>
          <button type="button" aria-pressed={state.mode === 'json'} className={testerStyles.segment} onClick={() => dispatch({ type: 'switch-mode', mode: 'json' })}>
            JSON
          </button>
        </div>
      </div>
      {state.mode === 'form' ? (
        <FormFields operation={idScope} fields={state.fields} form={state.form} errors={errors} dispatch={dispatch} blobInputs={state.blobInputs} />
      ) : (
        <JsonBodyEditor operation={idScope} text={state.jsonText} error={state.jsonError} errors={errors} dispatch={dispatch} />
      )}
      {general.length > 0 && <FieldErrors id={`tester-${idScope}-general-errors`} messages={general} />}
      <div className={testerStyles.sendBar}>
        <div className={testerStyles.sendOptions}>
          <CallerPicker operation={idScope} caller={state.caller} blocked={state.blocked} dispatch={dispatch} />
        </div>
        <div className={testerStyles.sendActions}>
          <button type="button" className="button button--primary" disabled={!ready || state.sending} onClick={() => send()}>
            Send
          </button>
        </div>
      </div>
      {state.blocked && <ErrorSummary problems={summaryProblems(state, errors, idScope)} onSendAnyway={() => send(true)} />}
      <RequestCode state={state} />
    </div>
  );
}

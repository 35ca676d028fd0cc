import React, { type ReactNode } from 'react';
import { FieldInput } from './FieldInput';
import { sandboxFaults } from './model/buildRequest';
import type { SandboxFault } from './model/buildRequest';
import { callerKind, callerNote, callerOptions } from './model/callerChoice';
import type { FieldDef } from './model/fieldDefs';
import type { ApiTester } from './useApiTester';
import styles from './styles.module.css';

export interface RequestEditorProps {
  readonly operation: string;
  readonly tester: ApiTester;
}

function FieldErrors({ id, messages }: { readonly id: string; readonly messages: readonly string[] | undefined }): ReactNode {
  if (!messages || messages.length === 0) return null;
  return (
    <div role="list" className={styles.fieldErrors} id={id}>
      {messages.map((message) => (
        <div role="listitem" key={message}>{message}</div>
      ))}
    </div>
  );
}

function Field({ operation, tester, field }: RequestEditorProps & { readonly field: FieldDef }): ReactNode {
  const value = tester.form.values[field.name];
  if (value === undefined) return null;
  const base = `tester-${operation}-${field.name}`;
  const messages = tester.errors?.byField[field.name];
  const invalid = messages !== undefined && messages.length > 0;
  const describedBy = invalid ? `${base}-errors ${base}-help` : `${base}-help`;
  const grouped = value.kind !== 'text';
  const labelText = <code className={styles.fieldName}>{field.name}</code>;
  // Outside the label, so the control's accessible name is exactly the member name; aria-required says the rest.
  const requiredMark = field.required ? (
    <span className={styles.requiredMark} aria-hidden="true">
      required
    </span>
  ) : null;
  const input = (
    <FieldInput
      field={field}
      value={value}
      inputId={base}
      describedBy={describedBy}
      invalid={invalid}
      onEdit={(edit) => tester.editField(field.name, edit)}
    />
  );
  const help = (
    <div className={styles.help} id={`${base}-help`}>
      {field.description}
    </div>
  );
  const errors = <FieldErrors id={`${base}-errors`} messages={messages} />;
  if (grouped) {
    return (
      <fieldset className={`${styles.field} ${invalid ? styles.fieldInvalid : ''}`}>
        <legend className={styles.label}>
          {labelText}
          {requiredMark}
        </legend>
        {help}
        {input}
        {errors}
      </fieldset>
    );
  }
  return (
    <div className={`${styles.field} ${invalid ? styles.fieldInvalid : ''}`}>
      <div className={styles.labelRow}>
        <label className={styles.label} htmlFor={base}>
          {labelText}
        </label>
        {requiredMark}
      </div>
      {help}
      {input}
      {errors}
    </div>
  );
}

/** The Caller select (X-Qkms-Caller) and, for "Other principal ARN…", the ARN input with its check. */
function CallerPicker({ operation, tester }: RequestEditorProps): ReactNode {
  const callerId = `tester-${operation}-caller`;
  const arnId = `${callerId}-arn`;
  const { caller, callerProblem } = tester;
  // An empty box is only a problem once the reader tries to send; a typed wrong ARN is one at once.
  const showProblem = callerProblem !== undefined && (caller.otherArn.trim() !== '' || tester.blocked);
  const message = caller.kind === 'other' && callerProblem !== undefined ? callerProblem : callerNote(caller);
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
          if (kind !== undefined) tester.setCaller({ ...caller, kind });
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
            onChange={(event) => tester.setCaller({ ...caller, otherArn: event.target.value })}
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

/** The request: a form from the page's parameters or raw JSON, the fault switch, and Send. */
export function RequestEditor({ operation, tester }: RequestEditorProps): ReactNode {
  const jsonId = `tester-${operation}-json`;
  const faultId = `tester-${operation}-fault`;
  const extra = Object.keys(tester.form.extra);
  const general = tester.errors?.general ?? [];
  const problemCount =
    (tester.errors ? Object.values(tester.errors.byField).reduce((sum, list) => sum + list.length, 0) + general.length : 0) +
    (tester.jsonError ? 1 : 0) +
    (tester.callerProblem ? 1 : 0);
  return (
    <div className={styles.section}>
      <div className={styles.toolbar}>
        <div className={styles.segmented} role="group" aria-label="Request editor">
          <button type="button" aria-pressed={tester.mode === 'form'} className={styles.segment} onClick={() => tester.switchMode('form')}>
            Form
          </button>
          <button type="button" aria-pressed={tester.mode === 'json'} className={styles.segment} onClick={() => tester.switchMode('json')}>
            JSON
          </button>
        </div>
        <button type="button" className="button button--sm button--secondary" onClick={tester.fillExample}>
          Fill example
        </button>
      </div>

      {tester.mode === 'form' ? (
        <div className={styles.fields}>
          {tester.fields.map((field) => (
            <Field key={field.name} operation={operation} tester={tester} field={field} />
          ))}
          {extra.length > 0 && (
            <div className={styles.extra}>
              Also sent, editable in JSON mode:{' '}
              {extra.map((name, index) => (
                <React.Fragment key={name}>
                  {index > 0 && ', '}
                  <code>{name}</code>
                </React.Fragment>
              ))}
            </div>
          )}
        </div>
      ) : (
        <div className={styles.field}>
          <label className={styles.label} htmlFor={jsonId}>
            Request body (JSON)
          </label>
          <textarea
            id={jsonId}
            className={`${styles.control} ${styles.mono} ${styles.jsonEditor}`}
            rows={Math.min(24, Math.max(8, tester.jsonText.split('\n').length + 1))}
            spellCheck={false}
            value={tester.jsonText}
            aria-invalid={tester.jsonError !== undefined}
            aria-describedby={tester.jsonError ? `${jsonId}-error` : undefined}
            onChange={(event) => tester.setJsonText(event.target.value)}
          />
          {tester.jsonError && (
            <div className={styles.jsonError} id={`${jsonId}-error`}>
              {tester.jsonError}
            </div>
          )}
          {tester.errors && (
            <FieldErrors
              id={`${jsonId}-errors`}
              messages={Object.entries(tester.errors.byField).flatMap(([name, list]) => list.map((message) => `${name}: ${message}`))}
            />
          )}
        </div>
      )}
      {general.length > 0 && <FieldErrors id={`tester-${operation}-general-errors`} messages={general} />}

      <div className={styles.sendBar}>
        <div className={styles.sendOptions}>
          <div className={styles.fault}>
            <label htmlFor={faultId}>Simulate a service fault</label>
            <select
              id={faultId}
              className={styles.control}
              value={tester.fault ?? ''}
              onChange={(event) => {
                const chosen = sandboxFaults.find((fault) => fault === event.target.value);
                tester.setFault(chosen satisfies SandboxFault | undefined);
              }}
            >
              <option value="">None</option>
              {sandboxFaults.map((fault) => (
                <option key={fault} value={fault}>
                  {fault}
                </option>
              ))}
            </select>
          </div>
          <CallerPicker operation={operation} tester={tester} />
        </div>
        <div className={styles.sendActions}>
          <button
            type="button"
            className="button button--primary"
            disabled={!tester.ready || tester.sending}
            onClick={() => tester.send()}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            Send
          </button>
          <span className={styles.shortcut} aria-hidden="true">
            Ctrl/⌘ + Enter
          </span>
        </div>
      </div>
      {tester.blocked && (
        <div className={styles.blocked} role="alert">
          <span>
            {problemCount === 1 ? '1 problem' : `${problemCount} problems`} found before sending — the server would reject this request.
          </span>
          <button type="button" className="button button--sm button--outline button--danger" onClick={() => tester.send(true)}>
            Send anyway
          </button>
        </div>
      )}
    </div>
  );
}

import React, { type Dispatch, type ReactNode } from 'react';
import { describeContext, outputTargets } from './model/outputs';
import type { CiphertextBinding, Output } from './model/outputs';
import type { FieldDef } from './model/fieldDefs';
import type { TesterAction } from './state/TesterAction';
import { SandboxClockControl } from './SandboxClockControl';
import { useSandboxKeys } from './useSandboxKeys';
import { TESTER_SECTION_LEVEL, TESTER_SUBSECTION_LEVEL } from './testerHeadingLevels';
import styles from './styles.module.css';

export interface SandboxPanelProps {
  /** The form's fields: where "Use as …" can put a value. */
  readonly fields: readonly FieldDef[];
  readonly recentOutputs: readonly Output[];
  readonly dispatch: Dispatch<TesterAction>;
}

interface UseButtonsProps {
  readonly fields: readonly FieldDef[];
  readonly dispatch: Dispatch<TesterAction>;
  readonly outputName: string;
  readonly value: string;
  readonly label: string;
  readonly binding?: CiphertextBinding;
}

function UseButtons({ fields, dispatch, outputName, value, label, binding }: UseButtonsProps): ReactNode {
  const targets = outputTargets(outputName, fields);
  if (targets.length === 0) return null;
  return (
    <span className={styles.useButtons}>
      {targets.map((field) => (
        <button
          key={field.name}
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => dispatch({ type: 'apply-output', field: field.name, value, label, binding })}
        >
          Use as {field.name}
        </button>
      ))}
    </span>
  );
}

function stateClass(state: string): string {
  if (state === 'Enabled') return styles.toneSuccess;
  if (state === 'PendingDeletion' || state === 'Unavailable') return styles.toneDanger;
  return styles.toneWarning;
}

/** The sandbox beside the form: its clock, its keys (with their states), recent outputs to reuse, and Reset. */
export function SandboxPanel({ fields, recentOutputs, dispatch }: SandboxPanelProps): ReactNode {
  const { keys, failure, storage, memoryReason, resetting, reset } = useSandboxKeys();
  return (
    <div className={styles.section}>
      <div className={styles.sectionHeader}>
        <div role="heading" aria-level={TESTER_SECTION_LEVEL} className={styles.sectionTitle}>Sandbox</div>
        <button type="button" className="button button--sm button--outline button--danger" onClick={reset} disabled={storage === undefined || resetting}>
          Reset sandbox
        </button>
      </div>
      {storage === 'memory' && (
        <div className={styles.memoryNotice} role="status">
          Sandbox is in memory only: IndexedDB is unavailable ({memoryReason ?? 'private browsing?'}); it resets when you close the tab
          or reload.
        </div>
      )}
      {storage === 'indexeddb' && (
        <div className={styles.help}>Runs in your browser with real cryptography; keys are kept in this browser until you reset.</div>
      )}
      {failure && (
        <div className={styles.failure} role="alert">
          {failure}
        </div>
      )}
      <SandboxClockControl />

      {recentOutputs.length > 0 && (
        <>
          <div role="heading" aria-level={TESTER_SUBSECTION_LEVEL} className={styles.subTitle}>Recent outputs</div>
          <div role="list" className={styles.outputs}>
            {recentOutputs.map((output) => (
              <div role="listitem" key={`${output.name}:${output.value}`} className={styles.output}>
                <span className={styles.outputName}>
                  {output.name} <span className={styles.outputFrom}>from {output.operation}</span>
                  {output.boundTo && <span className={styles.outputFrom}> · {describeContext(output.boundTo.context)}</span>}
                </span>
                <code className={styles.outputValue} title={output.value}>
                  {output.value}
                </code>
                <UseButtons
                  fields={fields}
                  dispatch={dispatch}
                  outputName={output.name}
                  value={output.value}
                  label={`${output.name} from ${output.operation}`}
                  binding={output.boundTo}
                />
              </div>
            ))}
          </div>
        </>
      )}

      <div role="heading" aria-level={TESTER_SUBSECTION_LEVEL} className={styles.subTitle}>Keys</div>
      {keys === undefined ? (
        <div className={styles.placeholder}>{storage === undefined ? 'Opening the sandbox…' : 'Reading keys…'}</div>
      ) : (
        <div role="list" className={styles.keys} data-testid="sandbox-keys">
          {keys.map((key) => (
            <div role="listitem" key={key.keyId} className={styles.key} data-key-id={key.keyId} data-key-state={key.keyState}>
              <code className={styles.keyId}>{key.keyId}</code>
              <span className={`${styles.state} ${stateClass(key.keyState)}`}>{key.keyState}</span>
              {key.description && <span className={styles.keyDescription}>{key.description}</span>}
              <UseButtons fields={fields} dispatch={dispatch} outputName="KeyId" value={key.keyId} label={`key ${key.keyId}`} />
            </div>
          ))}
          {keys.length === 0 && <div role="listitem" className={styles.placeholder}>No keys. Create one on the CreateKey page.</div>}
        </div>
      )}
    </div>
  );
}

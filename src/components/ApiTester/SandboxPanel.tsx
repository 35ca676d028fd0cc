import React, { memo, type Dispatch, type ReactNode } from 'react';
import { entryTargets } from '../../keyring/entryTargets';
import { KeyringPanel } from '../../keyring/KeyringPanel';
import { revealField } from '../../keyring/revealField';
import keyringStyles from '../../keyring/keyring.module.css';
import type { FieldDef } from './model/fieldDefs';
import type { TesterAction } from './state/TesterAction';
import { SandboxClockControl } from './SandboxClockControl';
import { useSandboxKeys } from './useSandboxKeys';
import { TESTER_SECTION_LEVEL, TESTER_SUBSECTION_LEVEL } from './testerHeadingLevels';
import styles from './styles.module.css';

export interface SandboxPanelProps {
  readonly operation: string;
  /** The form's fields: where "Use as …" can put a value. */
  readonly fields: readonly FieldDef[];
  readonly dispatch: Dispatch<TesterAction>;
}

interface UseKeyButtonsProps {
  readonly operation: string;
  readonly fields: readonly FieldDef[];
  readonly dispatch: Dispatch<TesterAction>;
  readonly keyId: string;
}

function UseKeyButtons({ operation, fields, dispatch, keyId }: UseKeyButtonsProps): ReactNode {
  const targets = entryTargets({ kind: 'keyId' }, operation, fields);
  if (targets.length === 0) return null;
  return (
    <span className={styles.useButtons}>
      {targets.map((field) => (
        <button
          key={field.name}
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => {
            dispatch({ type: 'apply-output', field: field.name, value: keyId, label: `key ${keyId}` });
            revealField(operation, field.name, keyringStyles.filled);
          }}
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

/**
 * The sandbox beside the form: its clock, its keys (with their states), the keyring of outputs to reuse, and Reset.
 * Memoised: its props stay the same while the reader types, and with a thousand keys listed, rendering it again
 * on every key press was most of what a key press cost.
 */
export const SandboxPanel = memo(function SandboxPanel({ operation, fields, dispatch }: SandboxPanelProps): ReactNode {
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

      <KeyringPanel operation={operation} fields={fields} dispatch={dispatch} headingLevel={TESTER_SUBSECTION_LEVEL} />

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
              <UseKeyButtons operation={operation} fields={fields} dispatch={dispatch} keyId={key.keyId} />
            </div>
          ))}
          {keys.length === 0 && <div role="listitem" className={styles.placeholder}>No keys. Create one on the CreateKey page.</div>}
        </div>
      )}
    </div>
  );
});

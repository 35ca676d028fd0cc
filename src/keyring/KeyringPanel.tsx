import React, { useCallback, useRef, useState, type Dispatch, type ReactNode } from 'react';
import type { FieldDef } from '../components/ApiTester/model/fieldDefs';
import type { TesterAction } from '../components/ApiTester/state/TesterAction';
import { applyEntry } from './applyEntry';
import { describeOrigin } from './describeOrigin';
import { entryLabel, entryTargets, usableFirst } from './entryTargets';
import type { Keyring } from './keyring';
import type { KeyringEntry } from './KeyringEntry';
import { revealField } from './revealField';
import { useKeyring } from './useKeyring';
import styles from './keyring.module.css';

export interface KeyringPanelProps {
  readonly operation: string;
  readonly fields: readonly FieldDef[];
  readonly dispatch: Dispatch<TesterAction>;
  /** The level of the panel's heading inside the tester. */
  readonly headingLevel: number;
}

const formatTime = (at: number): string => new Date(at).toLocaleTimeString();

interface EntryProps extends Omit<KeyringPanelProps, 'headingLevel'> {
  readonly entry: KeyringEntry;
  readonly onCopy: (entry: KeyringEntry) => void;
  readonly copied: boolean;
  readonly keyring: Keyring;
}

function Entry({ entry, operation, fields, dispatch, onCopy, copied, keyring }: EntryProps): ReactNode {
  const label = entryLabel(entry);
  const use = (field: FieldDef) => {
    dispatch(applyEntry(entry, field, fields, keyring.secretOf(entry.id)));
    revealField(operation, field.name, styles.filled);
  };
  return (
    <li className={styles.entry} data-entry-kind={entry.kind}>
      <span className={styles.name}>{entry.name}</span>
      {entry.tabOnly && <span className={styles.tabOnly}>plaintext: this tab only</span>}
      <span className={styles.origin}>{describeOrigin(entry, formatTime)}</span>
      <code className={styles.value} title={entry.value}>
        {entry.value}
      </code>
      <span className={styles.actions}>
        {entryTargets(entry, operation, fields).map((field) => (
          <button key={field.name} type="button" className="button button--sm button--outline button--primary" onClick={() => use(field)}>
            Use as {field.name}
            <span className={styles.visuallyHidden}> ({label})</span>
          </button>
        ))}
        <button type="button" className="button button--sm button--outline button--secondary" onClick={() => onCopy(entry)}>
          {copied ? 'Copied' : 'Copy'}
          <span className={styles.visuallyHidden}> {label}</span>
        </button>
        <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void keyring.remove(entry.id)}>
          Remove
          <span className={styles.visuallyHidden}> {label} from the keyring</span>
        </button>
      </span>
    </li>
  );
}

/**
 * The keyring inside a tester: every output of the sandbox in this browser, the ones this operation
 * can use first, each with "Use as <field>", Copy and Remove.
 */
export function KeyringPanel({ operation, fields, dispatch, headingLevel }: KeyringPanelProps): ReactNode {
  const { entries, storage, keyring } = useKeyring();
  const [copiedId, setCopiedId] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const onCopy = useCallback((entry: KeyringEntry) => {
    const label = entryLabel(entry);
    // No clipboard outside secure contexts (a page served over plain HTTP from another host).
    const written = navigator.clipboard === undefined ? Promise.reject(new Error('no clipboard')) : navigator.clipboard.writeText(entry.value);
    written.then(
      () => {
        setCopiedId(entry.id);
        setStatus(`Copied ${label}.`);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setCopiedId(undefined), 2000);
      },
      () => setStatus(`Could not copy ${label}: the browser refused clipboard access. Select the value and copy it.`),
    );
  }, []);
  const { usable, other } = usableFirst(entries, operation, fields);
  const item = (entry: KeyringEntry) => (
    <Entry key={entry.id} entry={entry} operation={operation} fields={fields} dispatch={dispatch} onCopy={onCopy} copied={copiedId === entry.id} keyring={keyring} />
  );
  return (
    <div className={styles.panel} data-testid="keyring">
      <div className={styles.headerRow}>
        <div role="heading" aria-level={headingLevel} className={styles.title}>
          Keyring
        </div>
        {entries.length > 0 && (
          <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void keyring.clear()}>
            Clear keyring
          </button>
        )}
      </div>
      <p className={styles.help}>
        {storage === 'memory'
          ? 'Outputs of your requests, kept in this tab’s memory (this browser does not let the page use IndexedDB).'
          : 'Outputs of your requests in this browser, shared by all its tabs (newest 50). Plaintext stays in the tab that received it and is never stored.'}
      </p>
      {entries.length === 0 ? (
        <p className={styles.help}>Nothing yet: key ids, ciphertexts, signatures and other outputs appear here after you send a request.</p>
      ) : (
        <>
          {usable.length > 0 ? (
            <ul className={styles.list} aria-label={`Keyring entries ${operation} can use`}>
              {usable.map(item)}
            </ul>
          ) : (
            <p className={styles.help}>None of the entries fits a field of {operation}.</p>
          )}
          {other.length > 0 && (
            <details className={styles.others}>
              <summary>
                {other.length} other {other.length === 1 ? 'entry' : 'entries'} (no field of {operation} takes {other.length === 1 ? 'it' : 'them'})
              </summary>
              <ul className={styles.list} aria-label="Other keyring entries">
                {other.map(item)}
              </ul>
            </details>
          )}
        </>
      )}
      <p className={styles.status} role="status">
        {status}
      </p>
    </div>
  );
}

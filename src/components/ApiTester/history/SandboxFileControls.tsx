import React, { useId, useState, type ReactNode } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../../mock-server';
import { useSandboxFile } from './useSandboxFile';
import styles from './history.module.css';

/** "Export sandbox" and "Import sandbox": the whole sandbox as a file encrypted under a passphrase the reader types. */
export function SandboxFileControls(): ReactNode {
  const { ready, status, exportFile, importFile } = useSandboxFile();
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const passphraseId = useId();
  const fileId = useId();
  const working = status.kind === 'working';
  return (
    <details className={styles.panel} data-testid="sandbox-file">
      <summary className={styles.summary}>Export or import the sandbox</summary>
      <p className={styles.note}>
        The file holds every key with its material, the aliases, grants, key stores and the sandbox clock, encrypted
        with AES-256-GCM under your passphrase (PBKDF2-SHA-256, 600,000 iterations). Keep the passphrase: nobody can
        open the file without it. Import tokens from GetParametersForImport are not carried (except the example&apos;s).
      </p>
      <div className={styles.field}>
        <label htmlFor={passphraseId} className={styles.label}>
          Passphrase (at least {MIN_PASSPHRASE_LENGTH} characters)
        </label>
        <input
          id={passphraseId}
          type="password"
          autoComplete="new-password"
          className={styles.input}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className={styles.actions}>
        <button type="button" className="button button--sm button--outline button--primary" disabled={!ready || working} onClick={() => exportFile(passphrase)}>
          Export sandbox
        </button>
      </div>
      <div className={styles.field}>
        <label htmlFor={fileId} className={styles.label}>
          Sandbox file to import
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          className={styles.input}
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--outline button--danger"
          disabled={!ready || working || file === undefined || passphrase === ''}
          onClick={() => file !== undefined && importFile(file, passphrase)}
        >
          Import sandbox
        </button>
      </div>
      <div role="status" className={status.kind === 'failed' ? styles.problem : styles.note} data-testid="sandbox-file-status">
        {status.kind === 'idle' ? '' : status.message}
      </div>
    </details>
  );
}

import React, { useState, type ChangeEvent, type Dispatch, type ReactNode } from 'react';
import { base64Of, blobModeLabels } from './model/blobCodec';
import type { BlobMode } from './model/blobCodec';
import { blobView } from './model/blobInput';
import type { BlobInput, BlobView } from './model/blobInput';
import type { FieldDef } from './model/fieldDefs';
import type { TesterAction } from './state/TesterAction';
import styles from './styles.module.css';
import blobStyles from './BlobControl.module.css';

export interface BlobControlProps {
  readonly field: FieldDef;
  /** The form value: base64, as it goes on the wire. */
  readonly wire: string;
  readonly input: BlobInput | undefined;
  readonly common: {
    readonly id: string;
    readonly 'aria-describedby': string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-required': boolean;
  };
  readonly dispatch: Dispatch<TesterAction>;
}

const modes: readonly BlobMode[] = ['text', 'base64', 'hex', 'file'];

const placeholders: Readonly<Record<Exclude<BlobMode, 'file'>, string>> = {
  text: 'text, sent as its UTF-8 bytes',
  base64: 'base64',
  hex: 'hex digits, e.g. 48 65 6c 6c 6f',
};

/** KMS blobs are at most a few kilobytes; reading a large file by mistake would only freeze the page. */
const MAX_FILE_BYTES = 1024 * 1024;

function hintOf(view: BlobView, fileProblem: string | undefined): { readonly text: string; readonly bad: boolean } | undefined {
  if (view.mode === 'file' && fileProblem !== undefined) return { text: fileProblem, bad: true };
  if (view.error !== undefined) return { text: view.error, bad: true };
  if (view.byteCount === undefined) return undefined;
  const bytes = `${view.byteCount} ${view.byteCount === 1 ? 'byte' : 'bytes'}`;
  return { text: view.mode === 'base64' ? `${bytes} decoded` : `${bytes}, sent as base64`, bad: false };
}

/** A blob member written as text, base64, hex or read from a file; the request always carries its base64. */
export function BlobControl({ field, wire, input, common, dispatch }: BlobControlProps): ReactNode {
  const view = blobView(field.name, wire, input);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const hintId = `${common.id}-format`;
  const describedBy = `${common['aria-describedby']} ${hintId}`;
  const hint = hintOf(view, fileProblem);

  const readFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(`${file.name} is ${file.size} bytes; the tester reads files up to ${MAX_FILE_BYTES} bytes`);
      return;
    }
    setFileProblem(undefined);
    file
      .arrayBuffer()
      .then((buffer) => dispatch({ type: 'load-blob-file', name: field.name, fileName: file.name, base64: base64Of(new Uint8Array(buffer)) }))
      .catch((error: unknown) => setFileProblem(`could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`));
  };

  return (
    <div className={blobStyles.blob}>
      <div className={styles.segmented} role="group" aria-label={`${field.name} written as`}>
        {modes.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={view.mode === mode}
            className={styles.segment}
            onClick={() => dispatch({ type: 'set-blob-mode', name: field.name, mode })}
          >
            {blobModeLabels[mode]}
          </button>
        ))}
      </div>
      {view.mode === 'file' ? (
        <div className={blobStyles.file}>
          <input {...common} aria-describedby={describedBy} type="file" className={blobStyles.fileInput} onChange={readFile} />
          {view.text !== '' && <span className={blobStyles.fileName}>{view.text}</span>}
        </div>
      ) : (
        <textarea
          {...common}
          aria-describedby={describedBy}
          className={`${styles.control} ${styles.mono}`}
          rows={3}
          spellCheck={false}
          placeholder={placeholders[view.mode]}
          value={view.text}
          onChange={(event) => dispatch({ type: 'edit-blob', name: field.name, mode: view.mode === 'file' ? 'base64' : view.mode, text: event.target.value })}
        />
      )}
      <span id={hintId} className={hint?.bad ? styles.hintBad : styles.hint} data-testid={`blob-format-${field.name}`}>
        {hint?.text ?? ''}
      </span>
      <span role="status" className={blobStyles.note}>
        {view.note ?? ''}
      </span>
    </div>
  );
}

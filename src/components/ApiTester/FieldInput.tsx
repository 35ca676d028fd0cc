import React, { type ReactNode } from 'react';
import { decodeBase64 } from '../../../mock-server';
import type { FieldEdit } from './model/fieldEdit';
import type { FieldDef } from './model/fieldDefs';
import type { FieldValue } from './model/formState';
import styles from './styles.module.css';

export interface FieldInputProps {
  readonly field: FieldDef;
  readonly value: FieldValue;
  readonly inputId: string;
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly onEdit: (edit: FieldEdit) => void;
}

function blobHint(text: string): { readonly text: string; readonly bad: boolean } | undefined {
  if (text === '') return undefined;
  const bytes = decodeBase64(text.trim());
  return bytes === undefined ? { text: 'not valid base64', bad: true } : { text: `${bytes.length} bytes decoded`, bad: false };
}

function TextControl({ field, value, inputId, describedBy, invalid, onEdit }: FieldInputProps & { readonly value: { readonly kind: 'text'; readonly text: string } }): ReactNode {
  const common = {
    id: inputId,
    'aria-describedby': describedBy,
    'aria-invalid': invalid,
    'aria-required': field.required,
    className: styles.control,
  };
  switch (field.kind) {
    case 'enum':
      return (
        <select {...common} value={value.text} onChange={(event) => onEdit({ type: 'text', text: event.target.value })}>
          <option value="">— not set —</option>
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return (
        <select {...common} value={value.text} onChange={(event) => onEdit({ type: 'text', text: event.target.value })}>
          <option value="">— not set —</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      );
    case 'blob': {
      const hint = blobHint(value.text);
      return (
        <>
          <textarea
            {...common}
            className={`${styles.control} ${styles.mono}`}
            rows={3}
            spellCheck={false}
            placeholder="base64"
            value={value.text}
            onChange={(event) => onEdit({ type: 'text', text: event.target.value })}
          />
          {hint && <span className={hint.bad ? styles.hintBad : styles.hint}>{hint.text}</span>}
        </>
      );
    }
    case 'json':
      return (
        <textarea
          {...common}
          className={`${styles.control} ${styles.mono}`}
          rows={4}
          spellCheck={false}
          placeholder="JSON"
          value={value.text}
          onChange={(event) => onEdit({ type: 'text', text: event.target.value })}
        />
      );
    case 'integer':
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          value={value.text}
          onChange={(event) => onEdit({ type: 'text', text: event.target.value })}
        />
      );
    default:
      return (
        <input
          {...common}
          type="text"
          spellCheck={false}
          value={value.text}
          onChange={(event) => onEdit({ type: 'text', text: event.target.value })}
        />
      );
  }
}

function RemoveRowButton({ label, onRemove }: { readonly label: string; readonly onRemove: () => void }): ReactNode {
  return (
    <button type="button" className={`button button--sm button--secondary ${styles.remove}`} aria-label={label} onClick={onRemove}>
      ×
    </button>
  );
}

function AddRowButton({ noun, fieldName, onAdd }: { readonly noun: 'entry' | 'item'; readonly fieldName: string; readonly onAdd: () => void }): ReactNode {
  return (
    <button type="button" className="button button--sm button--outline button--secondary" onClick={onAdd}>
      Add {noun}
      <span className={styles.visuallyHidden}> to {fieldName}</span>
    </button>
  );
}

/** The control for one member: a text box, select, base64 box, or rows for maps and lists. */
export function FieldInput(props: FieldInputProps): ReactNode {
  const { field, value, inputId, describedBy, onEdit } = props;
  if (value.kind === 'text') return <TextControl {...props} value={value} />;
  if (value.kind === 'map') {
    return (
      <div className={styles.rows} id={inputId}>
        {value.rows.map((row, index) => (
          <div className={styles.row} key={row.id}>
            <input
              className={styles.control}
              aria-label={`${field.name} key ${index + 1}`}
              aria-describedby={describedBy}
              placeholder="key"
              spellCheck={false}
              value={row.key}
              onChange={(event) => onEdit({ type: 'row', id: row.id, key: event.target.value })}
            />
            <input
              className={styles.control}
              aria-label={`${field.name} value ${index + 1}`}
              aria-describedby={describedBy}
              placeholder="value"
              spellCheck={false}
              value={row.value}
              onChange={(event) => onEdit({ type: 'row', id: row.id, value: event.target.value })}
            />
            <RemoveRowButton label={`Remove ${field.name} entry ${index + 1}`} onRemove={() => onEdit({ type: 'remove-row', id: row.id })} />
          </div>
        ))}
        <AddRowButton noun="entry" fieldName={field.name} onAdd={() => onEdit({ type: 'add-row' })} />
      </div>
    );
  }
  return (
    <div className={styles.rows} id={inputId}>
      {value.rows.map((row, index) => (
        <div className={styles.row} key={row.id}>
          {field.options ? (
            <select
              className={styles.control}
              aria-label={`${field.name} item ${index + 1}`}
              aria-describedby={describedBy}
              value={row.value}
              onChange={(event) => onEdit({ type: 'row', id: row.id, value: event.target.value })}
            >
              <option value="">— choose —</option>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input
              className={`${styles.control} ${styles.mono}`}
              aria-label={`${field.name} item ${index + 1}`}
              aria-describedby={describedBy}
              spellCheck={false}
              value={row.value}
              onChange={(event) => onEdit({ type: 'row', id: row.id, value: event.target.value })}
            />
          )}
          <RemoveRowButton label={`Remove ${field.name} item ${index + 1}`} onRemove={() => onEdit({ type: 'remove-row', id: row.id })} />
        </div>
      ))}
      <AddRowButton noun="item" fieldName={field.name} onAdd={() => onEdit({ type: 'add-row' })} />
    </div>
  );
}

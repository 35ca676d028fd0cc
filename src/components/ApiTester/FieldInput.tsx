import React, { type ReactNode } from 'react';
import type { FieldInputProps } from './FieldInputProps';
import { TextControl } from './TextControl';
import styles from './styles.module.css';


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

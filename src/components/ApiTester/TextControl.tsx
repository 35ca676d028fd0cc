import React, { type ReactNode } from 'react';
import { decodeBase64 } from '../../../mock-server';
import { BlobControl } from './BlobControl';
import type { FieldInputProps } from './FieldInputProps';
import styles from './styles.module.css';

export interface TextControlProps extends FieldInputProps {
  readonly value: { readonly kind: 'text'; readonly text: string };
}

function blobHint(text: string): { readonly text: string; readonly bad: boolean } | undefined {
  if (text === '') return undefined;
  const bytes = decodeBase64(text.trim());
  return bytes === undefined ? { text: 'not valid base64', bad: true } : { text: `${bytes.length} bytes decoded`, bad: false };
}

/** The control for a member written as text: a select for enums and booleans, a box for the rest. */
export function TextControl({ field, value, inputId, describedBy, invalid, onEdit, blobInput, dispatch }: TextControlProps): ReactNode {
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
      if (dispatch !== undefined) return <BlobControl field={field} wire={value.text} input={blobInput} common={common} dispatch={dispatch} />;
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

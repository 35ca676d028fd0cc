import React, { type ReactNode } from 'react';
import { FieldErrors } from './FieldErrors';
import { FieldInput } from './FieldInput';
import type { FieldDef } from './model/fieldDefs';
import type { FieldEdit } from './model/fieldEdit';
import type { FieldValue } from './model/formState';
import type { FieldInputProps } from './FieldInputProps';
import styles from './styles.module.css';

export interface RequestFieldProps {
  readonly operation: string;
  readonly field: FieldDef;
  readonly value: FieldValue;
  /** Validation messages about this member, once a send was stopped. */
  readonly messages: readonly string[] | undefined;
  readonly onEdit: (edit: FieldEdit) => void;
  readonly blobInput?: FieldInputProps['blobInput'];
  readonly dispatch?: FieldInputProps['dispatch'];
}

/** One member of the form: its name, the page's description, the control and what validation says about it. */
export function RequestField({ operation, field, value, messages, onEdit, blobInput, dispatch }: RequestFieldProps): ReactNode {
  const base = `tester-${operation}-${field.name}`;
  const invalid = messages !== undefined && messages.length > 0;
  const describedBy = invalid ? `${base}-errors ${base}-help` : `${base}-help`;
  const labelText = <code className={styles.fieldName}>{field.name}</code>;
  // Outside the label, so the control's accessible name is exactly the member name; aria-required says the rest.
  const requiredMark = field.required ? (
    <span className={styles.requiredMark} aria-hidden="true">
      required
    </span>
  ) : null;
  const input = <FieldInput field={field} value={value} inputId={base} describedBy={describedBy} invalid={invalid} onEdit={onEdit} blobInput={blobInput} dispatch={dispatch} />;
  const help = (
    <div className={styles.help} id={`${base}-help`}>
      {field.description}
    </div>
  );
  const errors = <FieldErrors id={`${base}-errors`} messages={messages} />;
  // Maps and lists are several controls: a fieldset names them as a group.
  if (value.kind !== 'text') {
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

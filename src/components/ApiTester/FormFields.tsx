import React, { type Dispatch, type ReactNode } from 'react';
import type { GroupedErrors } from './model/fieldErrors';
import type { FieldDef } from './model/fieldDefs';
import type { FormState } from './model/formState';
import type { BlobInput } from './model/blobInput';
import { RequestField } from './RequestField';
import type { TesterAction } from './state/TesterAction';
import styles from './styles.module.css';

export interface FormFieldsProps {
  readonly operation: string;
  readonly fields: readonly FieldDef[];
  readonly form: FormState;
  readonly errors: GroupedErrors | undefined;
  readonly dispatch: Dispatch<TesterAction>;
  readonly blobInputs?: Readonly<Record<string, BlobInput>>;
}

/** The form: one field per page parameter, and the names of members only the JSON editor can show. */
export function FormFields({ operation, fields, form, errors, dispatch, blobInputs }: FormFieldsProps): ReactNode {
  const extra = Object.keys(form.extra);
  return (
    <div className={styles.fields}>
      {fields.map((field) => {
        const value = form.values[field.name];
        return value === undefined ? null : (
          <RequestField
            key={field.name}
            operation={operation}
            field={field}
            value={value}
            messages={errors?.byField[field.name]}
            onEdit={(edit) => dispatch({ type: 'edit-field', name: field.name, edit })}
            blobInput={blobInputs?.[field.name]}
            dispatch={dispatch}
          />
        );
      })}
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
  );
}

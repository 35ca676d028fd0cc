import type { FieldEdit } from './model/fieldEdit';
import type { FieldDef } from './model/fieldDefs';
import type { FieldValue } from './model/formState';

/** What the control for one member takes, whichever control renders it. */
export interface FieldInputProps {
  readonly field: FieldDef;
  readonly value: FieldValue;
  readonly inputId: string;
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly onEdit: (edit: FieldEdit) => void;
}

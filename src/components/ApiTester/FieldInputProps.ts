import type { Dispatch } from 'react';
import type { BlobInput } from './model/blobInput';
import type { FieldEdit } from './model/fieldEdit';
import type { FieldDef } from './model/fieldDefs';
import type { FieldValue } from './model/formState';
import type { TesterAction } from './state/TesterAction';

/** What the control for one member takes, whichever control renders it. */
export interface FieldInputProps {
  readonly field: FieldDef;
  readonly value: FieldValue;
  readonly inputId: string;
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly onEdit: (edit: FieldEdit) => void;
  /** Blob fields: the mode and text the reader typed, and where their mode switches and files go. */
  readonly blobInput?: BlobInput;
  readonly dispatch?: Dispatch<TesterAction>;
}

import type { FieldValue, NextRowId } from './formState';

/** One change a reader makes to a field: its text, or a row of a map or list. */
export type FieldEdit =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'add-row' }
  | { readonly type: 'remove-row'; readonly id: number }
  | { readonly type: 'row'; readonly id: number; readonly key?: string; readonly value?: string };

/** The value after the edit; an edit that does not fit the value's kind leaves it as it was. */
export function editValue(value: FieldValue, edit: FieldEdit, nextId: NextRowId): FieldValue {
  switch (value.kind) {
    case 'text':
      return edit.type === 'text' ? { kind: 'text', text: edit.text } : value;
    case 'map':
      switch (edit.type) {
        case 'add-row':
          return { kind: 'map', rows: [...value.rows, { id: nextId(), key: '', value: '' }] };
        case 'remove-row':
          return { kind: 'map', rows: value.rows.filter((row) => row.id !== edit.id) };
        case 'row':
          return {
            kind: 'map',
            rows: value.rows.map((row) => (row.id === edit.id ? { ...row, key: edit.key ?? row.key, value: edit.value ?? row.value } : row)),
          };
        default:
          return value;
      }
    case 'list':
      switch (edit.type) {
        case 'add-row':
          return { kind: 'list', rows: [...value.rows, { id: nextId(), value: '' }] };
        case 'remove-row':
          return { kind: 'list', rows: value.rows.filter((row) => row.id !== edit.id) };
        case 'row':
          return { kind: 'list', rows: value.rows.map((row) => (row.id === edit.id ? { ...row, value: edit.value ?? row.value } : row)) };
        default:
          return value;
      }
  }
}

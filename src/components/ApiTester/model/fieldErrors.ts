import type { FieldError } from '../../../../mock-server';
import type { FieldDef } from './fieldDefs';

export interface GroupedErrors {
  /** Messages by form field name. */
  readonly byField: Readonly<Record<string, readonly string[]>>;
  /** Messages for the body itself or for members the form has no field for, prefixed with the member path. */
  readonly general: readonly string[];
}

/** Puts each validation message next to the field it is about ('GrantTokens.1' belongs to GrantTokens). */
export function groupFieldErrors(errors: readonly FieldError[], fields: readonly FieldDef[]): GroupedErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  const names = new Set(fields.map((field) => field.name));
  for (const error of errors) {
    const top = error.member.split('.')[0] ?? '';
    if (names.has(top)) {
      const detail = error.member === top ? error.constraint : `${error.member}: ${error.constraint}`;
      (byField[top] ??= []).push(detail);
    } else {
      general.push(error.member === '' ? error.constraint : `${error.member}: ${error.constraint}`);
    }
  }
  return { byField, general };
}

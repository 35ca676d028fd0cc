import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import type { FieldDef } from './fieldDefs';

/** Row ids only key React lists; they never reach the request. */
export interface MapRow {
  readonly id: number;
  readonly key: string;
  readonly value: string;
}

export interface ListRow {
  readonly id: number;
  readonly value: string;
}

export type FieldValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'map'; readonly rows: readonly MapRow[] }
  | { readonly kind: 'list'; readonly rows: readonly ListRow[] };

export interface FormState {
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Body members the form cannot show (unknown names, values of another type): kept so mode switches lose nothing. */
  readonly extra: JsonObject;
}

/** Gives a new row its id. */
export type NextRowId = () => number;

export function emptyValue(def: FieldDef, nextId: NextRowId): FieldValue {
  if (def.kind === 'map') return { kind: 'map', rows: [] };
  if (def.kind === 'list') return { kind: 'list', rows: def.required ? [{ id: nextId(), value: '' }] : [] };
  return { kind: 'text', text: '' };
}

export function emptyForm(defs: readonly FieldDef[], nextId: NextRowId): FormState {
  return { values: Object.fromEntries(defs.map((def) => [def.name, emptyValue(def, nextId)])), extra: {} };
}

function textToJson(def: FieldDef, text: string): JsonValue | undefined {
  if (text === '') return undefined;
  switch (def.kind) {
    case 'integer':
      return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'json':
      try {
        const parsed: JsonValue = JSON.parse(text);
        return parsed;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

function valueToJson(def: FieldDef, value: FieldValue): JsonValue | undefined {
  switch (value.kind) {
    case 'text':
      return textToJson(def, value.text);
    case 'map': {
      const rows = value.rows.filter((row) => row.key !== '' || row.value !== '');
      return rows.length === 0 ? undefined : Object.fromEntries(rows.map((row) => [row.key, row.value]));
    }
    case 'list': {
      const items = value.rows.map((row) => row.value).filter((item) => item !== '');
      return items.length === 0 ? undefined : items;
    }
  }
}

/** The JSON request body the form describes: empty fields are left out, as a client would. */
export function formToBody(defs: readonly FieldDef[], form: FormState): JsonObject {
  const body: Record<string, JsonValue> = {};
  for (const def of defs) {
    const value = form.values[def.name];
    const json = value === undefined ? undefined : valueToJson(def, value);
    if (json !== undefined) body[def.name] = json;
  }
  for (const [name, value] of Object.entries(form.extra)) {
    if (!(name in body)) body[name] = value;
  }
  return body;
}

function jsonToValue(def: FieldDef, json: JsonValue, nextId: NextRowId): FieldValue | undefined {
  switch (def.kind) {
    case 'string':
    case 'enum':
    case 'blob':
      return typeof json === 'string' ? { kind: 'text', text: json } : undefined;
    case 'integer':
      return typeof json === 'number' && Number.isInteger(json) ? { kind: 'text', text: String(json) } : undefined;
    case 'boolean':
      return typeof json === 'boolean' ? { kind: 'text', text: String(json) } : undefined;
    case 'json':
      return { kind: 'text', text: JSON.stringify(json, null, 2) };
    case 'map':
      return isJsonObject(json) && Object.values(json).every((item) => typeof item === 'string')
        ? { kind: 'map', rows: Object.entries(json).map(([key, item]) => ({ id: nextId(), key, value: String(item) })) }
        : undefined;
    case 'list':
      return Array.isArray(json) && json.every((item) => typeof item === 'string')
        ? { kind: 'list', rows: json.map((item) => ({ id: nextId(), value: String(item) })) }
        : undefined;
  }
}

/** The form for a JSON body; what the form cannot show goes to `extra` and comes back unchanged. */
export function bodyToForm(defs: readonly FieldDef[], body: JsonObject, nextId: NextRowId): FormState {
  const values: Record<string, FieldValue> = {};
  const extra: Record<string, JsonValue> = {};
  const known = new Set(defs.map((def) => def.name));
  for (const def of defs) {
    const json = body[def.name];
    const value = json === undefined || json === null ? undefined : jsonToValue(def, json, nextId);
    if (value === undefined && json !== undefined) extra[def.name] = json;
    values[def.name] = value ?? emptyValue(def, nextId);
  }
  for (const [name, json] of Object.entries(body)) {
    if (!known.has(name)) extra[name] = json;
  }
  return { values, extra };
}

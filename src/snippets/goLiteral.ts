import type { MemberSpec, ShapeSpec } from '../../mock-server';
import type { JsonValue } from '../json/JsonValue';
import { enumTypeName } from './enumTypeName';
import { fitsShape } from './fitsShape';

/** What a Go snippet needs besides its literal: blob variables to decode first, and the packages used. */
export interface GoProgramParts {
  /** `name := base64 text`, declared (and decoded) before the call, in order. */
  readonly blobs: { readonly name: string; readonly base64: string }[];
  readonly imports: Set<string>;
}

/**
 * Members whose model shape has a default (BooleanType): the Go SDK makes those plain `bool`, every other
 * scalar member a pointer. The spec drops shape names, so they are listed here; a test holds the list to
 * kms-ops.json.
 */
export const goPlainBooleanMembers: ReadonlySet<string> = new Set(['BypassPolicyLockoutSafetyCheck']);

const reservedNames = new Set(['ctx', 'cfg', 'err', 'client', 'out', 'response', 'o']);

/** Go string literal: JSON string escapes (\n, \", \uXXXX) are valid in Go's interpreted strings. */
export function goString(text: string): string {
  return JSON.stringify(text);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function blobVariable(parts: GoProgramParts, member: string, base64: string): string {
  const base = lowerFirst(member) || 'blob';
  let name = reservedNames.has(base) ? `${base}Bytes` : base;
  for (let n = 2; parts.blobs.some((blob) => blob.name === name); n++) name = `${base}${n}`;
  parts.blobs.push({ name, base64 });
  parts.imports.add('encoding/base64');
  return name;
}

function enumType(shape: ShapeSpec, parts: GoProgramParts): string | undefined {
  const name = shape.enum ? enumTypeName(shape.enum) : undefined;
  if (name !== undefined) parts.imports.add('github.com/aws/aws-sdk-go-v2/service/kms/types');
  return name && `types.${name}`;
}

/** The Go type of a shape inside a slice or map. */
export function goType(shape: ShapeSpec | undefined, parts: GoProgramParts): string {
  switch (shape?.type) {
    case 'string':
      return enumType(shape, parts) ?? 'string';
    case 'blob':
      return '[]byte';
    case 'integer':
      return 'int32';
    case 'long':
      return 'int64';
    case 'boolean':
      return 'bool';
    case 'timestamp':
      parts.imports.add('time');
      return 'time.Time';
    case 'list':
      return `[]${goType(shape.member, parts)}`;
    case 'map':
      return `map[${goType(shape.key, parts)}]${goType(shape.value, parts)}`;
    case 'structure':
      parts.imports.add('github.com/aws/aws-sdk-go-v2/service/kms/types');
      return `types.${shape.structure ?? 'Structure'}`;
    default:
      return 'any';
  }
}

/** `Key: value,` lines, values aligned as gofmt aligns consecutive one-line entries. */
export function goEntries(entries: readonly (readonly [string, string])[], indent: string): string {
  const lines: string[] = [];
  let run: (readonly [string, string])[] = [];
  const flush = (): void => {
    const width = Math.max(...run.map(([key]) => key.length));
    for (const [key, value] of run) lines.push(`${indent}${`${key}:`.padEnd(width + 1)} ${value},`);
    run = [];
  };
  for (const entry of entries) {
    if (entry[1].includes('\n')) {
      if (run.length > 0) flush();
      lines.push(`${indent}${entry[0]}: ${entry[1]},`);
    } else {
      run.push(entry);
    }
  }
  if (run.length > 0) flush();
  return lines.join('\n');
}

/** A plain Go literal for a value the model does not describe (a member QKMS does not know, a mistyped value). */
function untypedLiteral(value: JsonValue, indent: string): string {
  const inner = `${indent}\t`;
  if (value === null) return 'nil';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]any{}';
    return `[]any{\n${value.map((item) => `${inner}${untypedLiteral(item, inner)},`).join('\n')}\n${indent}}`;
  }
  const entries = Object.entries(value).map(([key, item]) => [goString(key), untypedLiteral(item, inner)] as const);
  return entries.length === 0 ? 'map[string]any{}' : `map[string]any{\n${goEntries(entries, inner)}\n${indent}}`;
}


/** The fields of a structure literal (the input struct or a nested one), skipping null members. */
export function goStructFields(
  value: { readonly [name: string]: JsonValue },
  members: readonly MemberSpec[] | undefined,
  parts: GoProgramParts,
  indent: string,
): string {
  const entries = Object.entries(value)
    .filter(([, item]) => item !== null)
    .map(([name, item]) => {
      const shape = members?.find((member) => member.name === name);
      return [name, goValue(item, shape, parts, indent, { field: true, name })] as const;
    });
  return goEntries(entries, indent);
}

/** Where a value goes: a struct field (`name` is the field), or an element of a slice or map (`name` is its member's). */
export interface GoPlace {
  readonly field: boolean;
  readonly name: string;
}

/**
 * A Go expression for `value` of `shape`. As a struct field scalars are pointers
 * (aws.String, aws.Int32, aws.Bool, aws.Time) and structures `&types.X{…}`; inside a slice or map they are
 * plain values and the element type is elided, as gofmt -s prints it. Enums are the SDK's typed strings.
 */
export function goValue(value: JsonValue, shape: ShapeSpec | undefined, parts: GoProgramParts, indent: string, place: GoPlace): string {
  if (!fitsShape(value, shape)) return untypedLiteral(value, indent);
  const inner = `${indent}\t`;
  const pointer = (wrapper: string, literal: string): string => {
    if (!place.field) return literal;
    parts.imports.add('github.com/aws/aws-sdk-go-v2/aws');
    return `aws.${wrapper}(${literal})`;
  };
  switch (shape.type) {
    case 'string': {
      // In a slice or map the element type already says which enum: a bare constant converts to it.
      const named = place.field ? enumType(shape, parts) : undefined;
      if (named !== undefined) return `${named}(${goString(String(value))})`;
      return shape.enum ? goString(String(value)) : pointer('String', goString(String(value)));
    }
    case 'blob':
      return blobVariable(parts, place.name, String(value));
    case 'integer':
      return pointer('Int32', String(value));
    case 'long':
      return pointer('Int64', String(value));
    case 'boolean':
      return place.field && goPlainBooleanMembers.has(place.name) ? String(value) : pointer('Bool', String(value));
    case 'timestamp':
      parts.imports.add('time');
      return pointer('Time', `time.Unix(${Math.trunc(Number(value))}, 0)`);
    case 'list': {
      const items = value as readonly JsonValue[];
      const type = goType(shape, parts);
      if (items.length === 0) return `${type}{}`;
      const rendered = items.map((item) => goValue(item, shape.member, parts, inner, { field: false, name: place.name }));
      const oneLine = `${type}{${rendered.join(', ')}}`;
      if (!rendered.some((item) => item.includes('\n')) && indent.length * 4 + oneLine.length <= 100) return oneLine;
      return `${type}{\n${rendered.map((item) => `${inner}${item},`).join('\n')}\n${indent}}`;
    }
    case 'map': {
      const entries = Object.entries(value as { readonly [key: string]: JsonValue }).map(
        ([key, item]) => [goString(key), goValue(item, shape.value, parts, inner, { field: false, name: place.name })] as const,
      );
      const type = goType(shape, parts);
      return entries.length === 0 ? `${type}{}` : `${type}{\n${goEntries(entries, inner)}\n${indent}}`;
    }
    case 'structure': {
      const body = goStructFields(value as { readonly [name: string]: JsonValue }, shape.members, parts, inner);
      const literal = body === '' ? '{}' : `{\n${body}\n${indent}}`;
      return place.field ? `&${goType(shape, parts)}${literal}` : literal;
    }
    default:
      return untypedLiteral(value, indent);
  }
}

import type { MemberSpec, ShapeSpec } from '../../mock-server';
import type { JsonValue } from '../json/JsonValue';
import { enumTypeName } from './enumTypeName';
import { fitsShape } from './fitsShape';

const modelPackage = 'software.amazon.awssdk.services.kms.model';

/** Java string literal: JSON's escapes are Java's, and JSON never writes the \u000a that Java would unescape first. */
export function javaString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The SDK's fluent setter for a member: KeyId -> keyId, GrantTokens -> grantTokens; a leading run of
 * capitals is one word (AWSAccountId -> awsAccountId), as the SDK's naming strategy does.
 */
export function javaSetterName(member: string): string {
  const leadingCapitals = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(member)?.[0];
  if (leadingCapitals !== undefined && leadingCapitals.length > 1) {
    return leadingCapitals.toLowerCase() + member.slice(leadingCapitals.length);
  }
  return member.charAt(0).toLowerCase() + member.slice(1);
}


/** A Java expression for a value the model does not describe: strings, numbers, List.of and Map.of. */
function untypedLiteral(value: JsonValue, imports: Set<string>): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return javaString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    imports.add('java.util.List');
    return `List.of(${value.map((item) => untypedLiteral(item, imports)).join(', ')})`;
  }
  return mapLiteral(Object.entries(value).map(([key, item]) => [javaString(key), untypedLiteral(item, imports)]), imports);
}

function mapLiteral(entries: readonly (readonly [string, string])[], imports: Set<string>): string {
  imports.add('java.util.Map');
  // Map.of takes at most ten pairs; ofEntries has no limit.
  if (entries.length <= 10) return `Map.of(${entries.map(([key, item]) => `${key}, ${item}`).join(', ')})`;
  return `Map.ofEntries(${entries.map(([key, item]) => `Map.entry(${key}, ${item})`).join(', ')})`;
}

/** `Type.builder()` with one `.setter(value)` line per non-null member, then `.build()`. */
export function javaBuilder(
  type: string,
  value: { readonly [name: string]: JsonValue },
  members: readonly MemberSpec[] | undefined,
  imports: Set<string>,
  indent: string,
  nested = false,
): string {
  const inner = `${indent}        `;
  const setters = Object.entries(value)
    .filter(([, item]) => item !== null)
    .map(([name, item]) => {
      const shape = members?.find((member) => member.name === name);
      return `.${javaSetterName(name)}(${javaArguments(item, shape, imports, inner)})`;
    });
  const oneLine = `${type}.builder()${setters.join('')}.build()`;
  // The request itself always gets one setter a line; a small nested value (a Tag) reads better inline.
  if (setters.length === 0 || (nested && oneLine.length <= 80 && !oneLine.includes('\n'))) return oneLine;
  return [`${type}.builder()`, ...setters.map((setter) => `${inner}${setter}`), `${inner}.build()`].join('\n');
}

/**
 * The argument(s) a fluent setter takes for `value`: blobs as SdkBytes, enums through the SDK enum's
 * fromValue, lists as varargs, maps as Map.of, structures as their builders, timestamps as Instant.
 */
export function javaArguments(value: JsonValue, shape: ShapeSpec | undefined, imports: Set<string>, indent: string): string {
  if (!fitsShape(value, shape)) return untypedLiteral(value, imports);
  if (shape.type === 'list') {
    const items = value as readonly JsonValue[];
    if (items.length === 0) {
      imports.add('java.util.List');
      return 'List.of()';
    }
    const inner = `${indent}        `;
    const rendered = items.map((item) => javaValue(item, shape.member, imports, inner));
    const oneLine = rendered.join(', ');
    if (oneLine.length <= 80 && !oneLine.includes('\n')) return oneLine;
    return `\n${rendered.map((item) => `${inner}${item}`).join(',\n')}`;
  }
  return javaValue(value, shape, imports, indent);
}

function javaValue(value: JsonValue, shape: ShapeSpec | undefined, imports: Set<string>, indent: string): string {
  if (!fitsShape(value, shape)) return untypedLiteral(value, imports);
  switch (shape.type) {
    case 'string': {
      const name = shape.enum ? enumTypeName(shape.enum) : undefined;
      if (name === undefined) return javaString(String(value));
      imports.add(`${modelPackage}.${name}`);
      return `${name}.fromValue(${javaString(String(value))})`;
    }
    case 'blob':
      imports.add('software.amazon.awssdk.core.SdkBytes');
      imports.add('java.util.Base64');
      return `SdkBytes.fromByteArray(Base64.getDecoder().decode(${javaString(String(value))}))`;
    case 'integer':
      return String(value);
    case 'long':
      return `${String(value)}L`;
    case 'boolean':
      return String(value);
    case 'timestamp':
      imports.add('java.time.Instant');
      return `Instant.ofEpochSecond(${Math.trunc(Number(value))})`;
    case 'list': {
      imports.add('java.util.List');
      const items = value as readonly JsonValue[];
      return `List.of(${items.map((item) => javaValue(item, shape.member, imports, indent)).join(', ')})`;
    }
    case 'map': {
      const entries = Object.entries(value as { readonly [key: string]: JsonValue }).map(
        ([key, item]) => [javaString(key), javaValue(item, shape.value, imports, indent)] as const,
      );
      return mapLiteral(entries, imports);
    }
    case 'structure': {
      const type = shape.structure ?? 'Structure';
      imports.add(`${modelPackage}.${type}`);
      return javaBuilder(type, value as { readonly [name: string]: JsonValue }, shape.members, imports, indent, true);
    }
    default:
      return untypedLiteral(value, imports);
  }
}

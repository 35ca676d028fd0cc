import { checkScalar, limitProblems } from './checkScalar';
import type { ScalarProblem } from './checkScalar';
import type { OperationInputs, OperationName } from './index';
import type { FieldError, MemberSpec, OperationSpec, ShapeSpec } from './types';

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

const isRedacted = (shape: ShapeSpec): boolean => shape.type === 'blob' || shape.sensitive === true;

function fieldError(shape: ShapeSpec, member: string, problem: ScalarProblem, value: unknown): FieldError {
  const redacted = isRedacted(shape);
  return { member, ...problem, value: redacted ? undefined : value, redacted };
}

const notNull: ScalarProblem = { kind: 'constraint', constraint: 'Member must not be null' };

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

function validateMembers(members: readonly MemberSpec[], object: JsonObject, prefix: string): FieldError[] {
  return members.flatMap((member) => {
    const path = prefix === '' ? member.name : `${prefix}.${member.name}`;
    const value = object[member.name];
    if (isAbsent(value)) return member.required ? [{ member: path, ...notNull, value: null, redacted: false }] : [];
    return validateValue(member, value, path);
  });
}

function countLimits(shape: ShapeSpec, count: number, path: string, value: unknown): FieldError[] {
  return limitProblems(shape, count, 'length').map((problem) => fieldError(shape, path, problem, value));
}

/** AWS reports problems of a list's scalar items once, at the list: "Member must satisfy constraint: [...]". */
function validateList(shape: ShapeSpec, list: readonly unknown[], path: string): FieldError[] {
  const item = shape.member;
  if (!item) throw new Error(`list ${path} has no member spec`);
  const errors = countLimits(shape, list.length, path, list);
  const isScalar = item.type !== 'structure' && item.type !== 'list' && item.type !== 'map';
  const aggregated: string[] = [];
  list.forEach((value, index) => {
    const itemPath = `${path}.${index + 1}`;
    if (isAbsent(value)) {
      if (isScalar) aggregated.push(notNull.constraint);
      else errors.push(fieldError(item, itemPath, notNull, null));
    } else if (!isScalar) {
      errors.push(...validateValue(item, value, itemPath));
    } else {
      for (const problem of checkScalar(item, value)) {
        if (problem.kind === 'type') errors.push(fieldError(item, itemPath, problem, value));
        else aggregated.push(problem.constraint);
      }
    }
  });
  if (aggregated.length > 0) {
    const constraint = `Member must satisfy constraint: [${unique(aggregated).join(', ')}]`;
    errors.push(fieldError(item, path, { kind: 'constraint', constraint }, list));
  }
  return errors;
}

/** Map entries have no path of their own; AWS reports them at the map: "Map value must satisfy constraint: [...]". */
function validateMap(shape: ShapeSpec, map: JsonObject, path: string): FieldError[] {
  const keySpec = shape.key ?? { type: 'string' };
  const valueSpec = shape.value;
  if (!valueSpec) throw new Error(`map ${path} has no value spec`);
  const entries = Object.entries(map);
  const errors = countLimits(shape, entries.length, path, map);
  const keyProblems = entries.flatMap(([key]) => checkScalar(keySpec, key));
  const valueProblems = entries.flatMap(([, value]) => (isAbsent(value) ? [notNull] : checkScalar(valueSpec, value)));
  for (const [label, problems] of [['Map keys', keyProblems], ['Map value', valueProblems]] as const) {
    for (const kind of ['type', 'constraint'] as const) {
      const texts = unique(problems.filter((p) => p.kind === kind).map((p) => p.constraint));
      if (texts.length === 0) continue;
      const constraint = `${label} must satisfy constraint: [${texts.join(', ')}]`;
      errors.push(fieldError(valueSpec, path, { kind, constraint }, map));
    }
  }
  return errors;
}

function validateValue(shape: ShapeSpec, value: unknown, path: string): FieldError[] {
  switch (shape.type) {
    case 'list':
      return Array.isArray(value)
        ? validateList(shape, value, path)
        : [fieldError(shape, path, { kind: 'type', constraint: 'Member must be a list' }, value)];
    case 'map':
      return isObject(value)
        ? validateMap(shape, value, path)
        : [fieldError(shape, path, { kind: 'type', constraint: 'Member must be a map' }, value)];
    case 'structure':
      return isObject(value)
        ? validateMembers(shape.members ?? [], value, path)
        : [fieldError(shape, path, { kind: 'type', constraint: 'Member must be a structure' }, value)];
    default:
      return checkScalar(shape, value).map((problem) => fieldError(shape, path, problem, value));
  }
}

/**
 * Checks a request body against an operation's input members, as AWS does before acting: required
 * members (null counts as absent), types, lengths (blobs: decoded bytes), values, enums and patterns.
 * Unknown members are ignored, as AWS ignores them. Pure: the browser tester runs it before sending.
 */
export function validateInput(spec: OperationSpec, body: unknown): FieldError[] {
  if (!isObject(body)) {
    return [{ member: '', kind: 'type', constraint: 'Request body must be a JSON object', value: body, redacted: false }];
  }
  return validateMembers(spec.input, body, '');
}

/**
 * Whether `value` — a body already reduced to the spec's members, blobs decoded (see the
 * dispatcher's knownMembers) — is a valid input of the operation; its problems go to `errors`.
 * This check is where a validated body becomes the operation's generated input type.
 */
export function isValidInput<Name extends OperationName>(
  spec: OperationSpec<Name>,
  value: unknown,
  errors: FieldError[],
): value is OperationInputs[Name] {
  errors.push(...validateInput(spec, value));
  return errors.length === 0;
}

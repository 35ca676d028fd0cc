import { decodeBase64 } from './base64';
import type { FieldErrorKind, ShapeSpec } from './types';

export interface ScalarProblem {
  readonly kind: FieldErrorKind;
  readonly constraint: string;
}

const patterns = new Map<string, RegExp>();

/** The model's patterns are Java patterns used with matches(): they must match the whole value. */
function wholeMatch(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    patterns.set(pattern, regex);
  }
  return regex;
}

function typeProblem(constraint: string): ScalarProblem[] {
  return [{ kind: 'type', constraint }];
}

/** min/max as AWS words them: 'length' for strings, blobs (decoded bytes), lists and maps; 'value' for numbers. */
export function limitProblems(shape: ShapeSpec, measure: number, unit: 'length' | 'value'): ScalarProblem[] {
  const problems: ScalarProblem[] = [];
  if (shape.min !== undefined && measure < shape.min) {
    problems.push({ kind: 'constraint', constraint: `Member must have ${unit} greater than or equal to ${shape.min}` });
  }
  if (shape.max !== undefined && measure > shape.max) {
    problems.push({ kind: 'constraint', constraint: `Member must have ${unit} less than or equal to ${shape.max}` });
  }
  return problems;
}

/** The furthest a JavaScript Date reaches from the epoch, in milliseconds (ECMAScript's time value range). */
const MAX_EPOCH_MS = 8.64e15;

/** A lone UTF-16 surrogate: with the u flag, paired surrogates form one code point and do not match. */
const LONE_SURROGATE = /\p{Cs}/u;

function stringProblems(shape: ShapeSpec, value: string): ScalarProblem[] {
  const problems = limitProblems(shape, value.length, 'length');
  // UTF-8 cannot carry a lone surrogate: encoding would turn it into U+FFFD, so two different
  // strings (an encryption context's "\ud800" and "\ufffd") would bind the same bytes.
  if (LONE_SURROGATE.test(value)) {
    problems.push({ kind: 'constraint', constraint: 'Member must be well-formed Unicode text (it has an unpaired UTF-16 surrogate)' });
  }
  if (shape.pattern !== undefined && !wholeMatch(shape.pattern).test(value)) {
    problems.push({ kind: 'constraint', constraint: `Member must satisfy regular expression pattern: ${shape.pattern}` });
  }
  if (shape.enum && !shape.enum.includes(value)) {
    problems.push({ kind: 'constraint', constraint: `Member must satisfy enum value set: [${shape.enum.join(', ')}]` });
  }
  return problems;
}

const inRange = (type: 'integer' | 'long', value: number): boolean =>
  type === 'integer' ? value >= -2147483648 && value <= 2147483647 : Number.isSafeInteger(value);

/** Problems of a non-null value of a string, blob, number, boolean or timestamp shape. */
export function checkScalar(shape: ShapeSpec, value: unknown): ScalarProblem[] {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? stringProblems(shape, value) : typeProblem('Member must be a string');
    case 'blob': {
      // A string as sent, or the bytes the dispatcher decoded it to before checking its length.
      const bytes = typeof value === 'string' ? decodeBase64(value) : value instanceof Uint8Array ? value : undefined;
      return bytes ? limitProblems(shape, bytes.length, 'length') : typeProblem('Member must be valid base64-encoded binary data');
    }
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return typeProblem('Member must be an integer');
      // A number past its Java type's range does not parse on AWS (Jackson: "out of range of int"), so it
      // cannot be read rather than being out of the member's range; a long must also be exact in a double.
      return inRange(shape.type, value)
        ? limitProblems(shape, value, 'value')
        : typeProblem(
            shape.type === 'integer'
              ? 'Member must be an integer from -2147483648 to 2147483647'
              : 'Member must be an integer from -9007199254740991 to 9007199254740991',
          );
    case 'boolean':
      return typeof value === 'boolean' ? [] : typeProblem('Member must be a boolean');
    case 'timestamp':
      // Past ±8.64e12 seconds no Date exists, so an operation could neither compare nor print the time.
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(Math.round(value * 1000)) <= MAX_EPOCH_MS
        ? []
        : typeProblem(`Member must be a timestamp in seconds since the epoch, at most ${MAX_EPOCH_MS / 1000} seconds either side of it`);
    case 'map':
    case 'list':
    case 'structure':
      throw new Error(`checkScalar called with a ${shape.type} shape`);
  }
}

import { globMatches } from './globMatches';

/** How an operator compares one request value with one policy value. */
export interface ConditionOperator {
  readonly matches: (requestValue: string, policyValue: string) => boolean;
  /**
   * A negated operator (StringNotEquals, …) is true when no policy value matches, and true for a
   * missing key, as IAM evaluates it.
   */
  readonly negated: boolean;
  /** Whether the policy value must be a number, a date or a boolean; checked when the policy is put. */
  readonly valueKind: 'string' | 'number' | 'date' | 'bool';
}

const numberOf = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));

/** ISO 8601 dates and epoch seconds, as IAM's Date operators take them; NaN for anything else. */
export function dateOf(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
}

const numeric = (compare: (a: number, b: number) => boolean, negated = false): ConditionOperator => ({
  matches: (request, policy) => {
    const [a, b] = [numberOf(request), numberOf(policy)];
    return !Number.isNaN(a) && !Number.isNaN(b) && compare(a, b);
  },
  negated,
  valueKind: 'number',
});

const date = (compare: (a: number, b: number) => boolean, negated = false): ConditionOperator => ({
  matches: (request, policy) => {
    const [a, b] = [dateOf(request), dateOf(policy)];
    return !Number.isNaN(a) && !Number.isNaN(b) && compare(a, b);
  },
  negated,
  valueKind: 'date',
});

const equal = (a: number, b: number) => a === b;
const exact = (request: string, policy: string) => request === policy;
const ignoringCase = (request: string, policy: string) => request.toLowerCase() === policy.toLowerCase();
const like = (request: string, policy: string) => globMatches(policy, request, false);

/**
 * The IAM condition operators QKMS evaluates, by name. A negated operator's `matches` is its positive
 * form; the evaluator negates. Null is evaluated separately: it asks whether the key is present.
 */
export const conditionOperators: Readonly<Record<string, ConditionOperator>> = {
  StringEquals: { matches: exact, negated: false, valueKind: 'string' },
  StringNotEquals: { matches: exact, negated: true, valueKind: 'string' },
  StringEqualsIgnoreCase: { matches: ignoringCase, negated: false, valueKind: 'string' },
  StringNotEqualsIgnoreCase: { matches: ignoringCase, negated: true, valueKind: 'string' },
  StringLike: { matches: like, negated: false, valueKind: 'string' },
  StringNotLike: { matches: like, negated: true, valueKind: 'string' },
  NumericEquals: numeric(equal),
  NumericNotEquals: numeric(equal, true),
  NumericLessThan: numeric((a, b) => a < b),
  NumericLessThanEquals: numeric((a, b) => a <= b),
  NumericGreaterThan: numeric((a, b) => a > b),
  NumericGreaterThanEquals: numeric((a, b) => a >= b),
  DateEquals: date(equal),
  DateNotEquals: date(equal, true),
  DateLessThan: date((a, b) => a < b),
  DateLessThanEquals: date((a, b) => a <= b),
  DateGreaterThan: date((a, b) => a > b),
  DateGreaterThanEquals: date((a, b) => a >= b),
  Bool: { matches: ignoringCase, negated: false, valueKind: 'bool' },
  // IAM's ArnEquals takes wildcards just as ArnLike does.
  ArnEquals: { matches: like, negated: false, valueKind: 'string' },
  ArnLike: { matches: like, negated: false, valueKind: 'string' },
  ArnNotEquals: { matches: like, negated: true, valueKind: 'string' },
  ArnNotLike: { matches: like, negated: true, valueKind: 'string' },
};

/** The operators a policy may name, for the message that refuses an unknown one. */
export const operatorNames: readonly string[] = [...Object.keys(conditionOperators), 'Null'];

import { conditionOperators } from './conditionOperators';
import type { ConditionValues } from './ConditionValues';
import type { PolicyCondition } from './PolicyDocument';

/**
 * One condition against the request, as IAM evaluates it. A missing key: Null "true" holds, IfExists and
 * ForAllValues hold, negated operators hold, everything else fails. Present values: a plain operator holds
 * when some request value matches some policy value (a negated one when none does); ForAnyValue when some
 * request value satisfies the operator, ForAllValues when every one does.
 */
export function evaluateCondition(condition: PolicyCondition, request: ConditionValues): boolean {
  const values = request.get(condition.key.toLowerCase()) ?? [];
  const present = values.length > 0;
  if (condition.operator === 'Null') return condition.values.some((value) => (value.toLowerCase() === 'true') !== present);
  const operator = conditionOperators[condition.operator];
  if (!present) return condition.ifExists || condition.qualifier === 'ForAllValues' || (operator.negated && condition.qualifier === undefined);
  const matched = (value: string) => condition.values.some((policyValue) => operator.matches(value, policyValue));
  const satisfies = (value: string) => matched(value) !== operator.negated;
  switch (condition.qualifier) {
    case 'ForAnyValue':
      return values.some(satisfies);
    case 'ForAllValues':
      return values.every(satisfies);
    case undefined:
      return operator.negated ? !values.some(matched) : values.some(matched);
  }
}

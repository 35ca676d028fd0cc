import { evaluatePolicy, type PolicyDecision } from '../../../../mock-server/model/policy/evaluatePolicy';
import { parsePolicy } from '../../../../mock-server/model/policy/parsePolicy';

export const CALLER = 'arn:verenc:111122223333:role/ExampleRole';

/** A one-statement Allow policy for `kms:*` to everyone, with the given condition block. */
export function allowWhen(condition: object): string {
  return JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: condition }] });
}

/** The decision of `policy` for the caller and action, with the request's condition keys. */
export function decide(
  policy: string,
  request: { caller?: string; action?: string; conditions?: Record<string, string | readonly string[]> } = {},
): PolicyDecision {
  const conditions = new Map(
    Object.entries(request.conditions ?? {}).map(([key, value]) => [key.toLowerCase(), typeof value === 'string' ? [value] : value] as const),
  );
  return evaluatePolicy(parsePolicy(policy), { caller: request.caller ?? CALLER, action: request.action ?? 'Encrypt', conditions: () => conditions });
}

/** Whether a condition block lets a request with these condition keys through. */
export function holds(condition: object, conditions: Record<string, string | readonly string[]>): boolean {
  return decide(allowWhen(condition), { conditions }) === 'allow';
}

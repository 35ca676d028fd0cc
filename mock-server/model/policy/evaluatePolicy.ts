import { actionMatches } from './actionMatches';
import type { ConditionValues } from './ConditionValues';
import { evaluateCondition } from './evaluateCondition';
import type { PolicyDocument, PolicyStatement } from './PolicyDocument';
import { principalMatches } from './principalMatches';

export type PolicyDecision = 'allow' | 'deny' | 'none';

export interface PolicyRequest {
  readonly caller: string;
  /** Without the `kms:` prefix: 'Encrypt', 'ReEncryptFrom', … */
  readonly action: string;
  /**
   * The request's condition values, asked for only when a statement naming the caller and the action
   * has conditions: most policies (the default one) have none, and the values format the time.
   */
  readonly conditions: () => ConditionValues;
}

/** The key policy's answer: an explicit Deny wins over any Allow; no matching statement is 'none'. */
export function evaluatePolicy(policy: PolicyDocument, request: PolicyRequest): PolicyDecision {
  let values: ConditionValues | undefined;
  const conditions = () => (values ??= request.conditions());
  const applying = policy.statements.filter((statement) => applies(statement, request, conditions));
  if (applying.some((statement) => statement.effect === 'Deny')) return 'deny';
  return applying.length > 0 ? 'allow' : 'none';
}

function applies(statement: PolicyStatement, request: PolicyRequest, conditions: () => ConditionValues): boolean {
  const principal = statement.principal
    ? principalMatches(statement.principal, request.caller)
    : statement.notPrincipal !== undefined && !principalMatches(statement.notPrincipal, request.caller);
  const action = statement.actions
    ? actionMatches(statement.actions, request.action)
    : statement.notActions !== undefined && !actionMatches(statement.notActions, request.action);
  return principal && action && statement.conditions.every((condition) => evaluateCondition(condition, conditions()));
}

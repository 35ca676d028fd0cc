import { principalAccount } from '../identity/principal';
import { rootPrincipal } from '../identity/account';

export type PolicyDecision = 'allow' | 'deny' | 'none';

interface Statement {
  readonly Effect?: unknown;
  readonly Principal?: unknown;
  readonly Action?: unknown;
}

/**
 * A small key policy evaluator: Effect, Principal ("*", an account id, an account root ARN
 * meaning every principal of that account, or an exact principal ARN) and Action
 * ("*", "kms:*", "kms:Encrypt", lists of them). Conditions and Resource are not evaluated:
 * a key policy only ever governs its own key. An explicit Deny wins.
 */
export function policyDecision(policy: string | undefined, keyAccount: string, caller: string, action: string): PolicyDecision {
  const statements = policy === undefined ? [defaultStatement(keyAccount)] : parseStatements(policy);
  let decision: PolicyDecision = 'none';
  for (const statement of statements ?? []) {
    if (!principalMatches(statement.Principal, caller) || !actionMatches(statement.Action, action)) continue;
    if (statement.Effect === 'Deny') return 'deny';
    if (statement.Effect === 'Allow') decision = 'allow';
  }
  return decision;
}

/** The default key policy: the key's account may do anything with the key. */
export function defaultStatement(account: string): Statement {
  return { Effect: 'Allow', Principal: { AWS: rootPrincipal(account) }, Action: 'kms:*' };
}

/** The statements of a policy document, or undefined when it is not one. */
export function parseStatements(policy: string): readonly Statement[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || !('Statement' in parsed)) return undefined;
  const raw = parsed.Statement;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.every(isObject) ? list : undefined;
}

function principalMatches(principal: unknown, caller: string): boolean {
  if (principal === '*') return true;
  if (!isObject(principal) || !('AWS' in principal)) return false;
  const accepted = Array.isArray(principal.AWS) ? principal.AWS : [principal.AWS];
  const account = principalAccount(caller);
  return accepted.some(
    (entry) =>
      entry === '*' ||
      entry === caller ||
      (account !== undefined && (entry === account || entry === rootPrincipal(account))),
  );
}

function actionMatches(action: unknown, wanted: string): boolean {
  const actions = Array.isArray(action) ? action : [action];
  return actions.some((entry) => entry === '*' || entry === 'kms:*' || entry === `kms:${wanted}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

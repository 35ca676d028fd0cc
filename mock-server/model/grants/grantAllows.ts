import type { GrantRecord } from '../../store/records/GrantRecord';
import type { EncryptionContext } from '../../spec';

/**
 * The actions that take an encryption context. KMS applies grant constraints to these only:
 * a constrained grant still allows its DescribeKey, RetireGrant or CreateGrant unconditionally.
 */
const CONTEXT_ACTIONS: ReadonlySet<string> = new Set([
  'Encrypt',
  'Decrypt',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
]);

/** Whether a grant gives `caller` the action on its key, given the request's encryption context. */
export function grantAllows(grant: GrantRecord, caller: string, action: string, context: EncryptionContext | undefined): boolean {
  if (grant.GranteePrincipal !== caller) return false;
  if (!(grant.Operations as readonly string[]).includes(action)) return false;
  if (!CONTEXT_ACTIONS.has(action)) return true;
  const actual = byLowerCaseKey(context ?? {});
  const subset = grant.Constraints?.EncryptionContextSubset;
  if (subset && !Object.entries(subset).every(([k, v]) => actual.get(k.toLowerCase()) === v)) return false;
  const equals = grant.Constraints?.EncryptionContextEquals;
  if (equals) {
    const wanted = byLowerCaseKey(equals);
    if (actual.size !== wanted.size || ![...wanted].every(([k, v]) => actual.get(k) === v)) return false;
  }
  return true;
}

/** In a grant constraint the key is not case-sensitive and the value is, as KMS documents. */
function byLowerCaseKey(context: EncryptionContext): ReadonlyMap<string, string> {
  return new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
}

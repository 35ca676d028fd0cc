import type { GrantRecord } from './GrantRecord';
import type { EncryptionContext } from './wireTypes';

/** Whether a grant gives `caller` the action on its key, given the request's encryption context. */
export function grantAllows(grant: GrantRecord, caller: string, action: string, context: EncryptionContext | undefined): boolean {
  if (grant.GranteePrincipal !== caller) return false;
  if (!(grant.Operations as readonly string[]).includes(action)) return false;
  const actual = context ?? {};
  const subset = grant.Constraints?.EncryptionContextSubset;
  if (subset && !Object.entries(subset).every(([k, v]) => actual[k] === v)) return false;
  const equals = grant.Constraints?.EncryptionContextEquals;
  if (equals) {
    const a = Object.entries(actual);
    if (a.length !== Object.keys(equals).length || !a.every(([k, v]) => equals[k] === v)) return false;
  }
  return true;
}

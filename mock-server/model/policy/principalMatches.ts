import { ARN_PARTITION, rootPrincipal } from '../identity/account';
import { principalAccount } from '../identity/principal';
import type { PrincipalSet } from './PolicyDocument';

const SESSION = new RegExp(`^arn:${ARN_PARTITION}:(\\d{12}):assumed-role/([^/]+)/`);

/**
 * Whether a statement's principals include the caller. QKMS has no IAM: an account id or account root
 * ARN stands for every principal of that account (as if its IAM policies allowed what the key policy
 * does), a role ARN also matches that role's assumed-role sessions, and service principals never match
 * because no QKMS request comes from a service.
 */
export function principalMatches(set: PrincipalSet, caller: string): boolean {
  if (set.any) return true;
  const account = principalAccount(caller);
  const session = SESSION.exec(caller);
  const role = session ? `arn:${ARN_PARTITION}:${session[1]}:role/${session[2]}` : undefined;
  return set.arns.some(
    (entry) => entry === caller || entry === role || (account !== undefined && (entry === account || entry === rootPrincipal(account))),
  );
}

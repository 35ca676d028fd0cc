import { grantListEntry } from '../model/grants/grantListEntry';
import { principalAccount } from '../model/identity/principal';
import { paginate } from '../model/paging/paginate';
import { accessDenied, invalidArn } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * The grants, on keys of any account, that name RetiringPrincipal as their retiring principal. As in
 * AWS KMS the principal must be of the caller's account; no key policy is involved (in AWS the
 * permission is an IAM one, and QKMS's callers hold every IAM permission of their own account).
 */
export const listRetirableGrants: Operation<'ListRetirableGrants'> = async (input, ctx) => {
  const account = principalAccount(input.RetiringPrincipal);
  if (account === undefined) {
    throw invalidArn(
      `RetiringPrincipal '${input.RetiringPrincipal}' is not a valid principal: use an account root, user, role or assumed-role ARN such as arn:verenc:111122223333:role/ExampleRole.`,
    );
  }
  if (account !== ctx.callerAccount) {
    throw accessDenied(
      `User: ${ctx.caller} is not authorized to perform: kms:ListRetirableGrants for RetiringPrincipal ${input.RetiringPrincipal}, a principal of account ${account}; it lists the grants of principals of the caller's account (${ctx.callerAccount}) only`,
    );
  }
  const grants = (await ctx.store.list('grants')).filter((grant) => grant.RetiringPrincipal === input.RetiringPrincipal);
  const page = paginate(grants, (grant) => grant.GrantId, input.Limit ?? 50, input.Marker);
  return { Grants: page.items.map(grantListEntry), NextMarker: page.NextMarker, Truncated: page.Truncated };
};

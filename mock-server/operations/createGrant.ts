import { toHex } from '../crypto/hex';
import { checkChildGrant } from '../model/grants/checkChildGrant';
import { checkGrantRequest } from '../model/grants/checkGrantRequest';
import { grantConstraintTypes } from '../model/grants/grantConstraintTypes';
import { sameGrant } from '../model/grants/sameGrant';
import { newGrantToken } from '../model/grants/grantToken';
import { rootPrincipal } from '../model/identity/account';
import { usableKey } from '../model/keys/usableKey';
import type { GrantRecord } from '../store/records/GrantRecord';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const createGrant: Operation<'CreateGrant'> = async (input, ctx) => {
  checkGrantRequest(input);
  const { key, authorization } = await usableKey(ctx, input.KeyId, {
    action: 'CreateGrant',
    // The grant-specific condition keys a key policy can restrict CreateGrant with.
    conditions: {
      'kms:GrantOperations': input.Operations,
      'kms:GranteePrincipal': input.GranteePrincipal,
      'kms:RetiringPrincipal': input.RetiringPrincipal,
      'kms:GrantIsForAWSResource': 'false',
      'kms:GrantConstraintType': grantConstraintTypes(input.Constraints),
    },
  });
  checkChildGrant(ctx, key, input, authorization);
  if (input.DryRun) throw dryRunOperation();
  const GrantToken = newGrantToken(ctx.random);
  // KMS answers a retried named grant with the same grant and a new token, which works as well.
  const existing = (await ctx.store.list('grants')).find((grant) => sameGrant(grant, key.Arn, input));
  if (existing) {
    await ctx.store.put('grants', existing.GrantId, { ...existing, GrantTokens: [...existing.GrantTokens, GrantToken] });
    return { GrantToken, GrantId: existing.GrantId };
  }
  const grant: GrantRecord = {
    GrantId: toHex(ctx.random(32)),
    GrantTokens: [GrantToken],
    KeyId: key.Arn,
    GranteePrincipal: input.GranteePrincipal,
    RetiringPrincipal: input.RetiringPrincipal,
    IssuingAccount: rootPrincipal(key.AWSAccountId),
    Operations: [...new Set(input.Operations)],
    Constraints: input.Constraints,
    Name: input.Name,
    CreationDate: ctx.now().getTime(),
  };
  await ctx.store.put('grants', grant.GrantId, grant);
  return { GrantToken, GrantId: grant.GrantId };
};

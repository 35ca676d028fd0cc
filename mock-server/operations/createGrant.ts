import { toHex } from '../crypto/hex';
import { rootPrincipal } from '../model/account';
import { authorize } from '../model/authorize';
import type { GrantConstraints, GrantRecord } from '../model/GrantRecord';
import { grantOperationsFor } from '../model/grantOperationsFor';
import { newGrantToken } from '../model/grantToken';
import { resolveKey } from '../model/resolveKey';
import type { GrantOperation } from '../model/wireTypes';
import { dryRunOperation, validation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface CreateGrantInput {
  readonly KeyId: string;
  readonly GranteePrincipal: string;
  readonly RetiringPrincipal?: string;
  readonly Operations: readonly GrantOperation[];
  readonly Constraints?: GrantConstraints;
  readonly Name?: string;
  readonly DryRun?: boolean;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const createGrant = defineOperation<CreateGrantInput>(async (input, ctx) => {
  if (input.Operations.length === 0) {
    throw validation('Operations must name at least one grant operation.');
  }
  const key = await resolveKey(ctx, input.KeyId);
  const allowed = grantOperationsFor(key);
  const refused = input.Operations.filter((operation) => !allowed.includes(operation));
  if (refused.length > 0) {
    throw validation(
      `Grant operations ${refused.join(', ')} are not valid for ${key.Arn} (${key.KeySpec}, ${key.KeyUsage}). Valid operations: ${allowed.join(', ')}.`,
    );
  }
  const constrainsContext =
    input.Constraints?.EncryptionContextSubset !== undefined || input.Constraints?.EncryptionContextEquals !== undefined;
  // Only symmetric encryption takes an encryption context, so a context constraint on any other key could never match.
  if (constrainsContext && key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    throw validation(
      `Encryption context grant constraints are valid only for symmetric encryption keys; ${key.Arn} is ${key.KeySpec}.`,
    );
  }
  await authorize(ctx, key, 'CreateGrant');
  if (input.DryRun) throw dryRunOperation();
  const grants = await ctx.store.list<GrantRecord>('grants');
  // KMS answers a repeated named grant with the existing one instead of a duplicate.
  const existing = input.Name
    ? grants.find(
        (grant) =>
          grant.KeyId === key.Arn &&
          grant.Name === input.Name &&
          grant.GranteePrincipal === input.GranteePrincipal &&
          grant.RetiringPrincipal === input.RetiringPrincipal &&
          sameJson([...grant.Operations].sort(), [...input.Operations].sort()) &&
          sameJson(grant.Constraints, input.Constraints),
      )
    : undefined;
  if (existing) return { GrantToken: existing.GrantToken, GrantId: existing.GrantId };
  const grant: GrantRecord = {
    GrantId: toHex(ctx.random(32)),
    GrantToken: newGrantToken(ctx.random),
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
  return { GrantToken: grant.GrantToken, GrantId: grant.GrantId };
});

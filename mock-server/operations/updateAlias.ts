import { checkAliasesPerKey } from '../model/aliases/aliasesPerKey';
import { checkAliasName } from '../model/aliases/checkAliasName';
import { requireOwnKey } from '../model/aliases/requireOwnKey';
import { keyTypeOf, sameKeyType } from '../model/aliases/sameKeyType';
import { aliasArn } from '../model/identity/account';
import { findKeyByIdOrArn } from '../model/keys/findKeyByIdOrArn';
import { usableKey } from '../model/keys/usableKey';
import type { AliasRecord } from '../store/records/AliasRecord';
import { validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const updateAlias: Operation<'UpdateAlias'> = async (input, ctx) => {
  checkAliasName(input.AliasName, { refuseReserved: false });
  const target = await findKeyByIdOrArn(ctx, 'TargetKeyId', input.TargetKeyId);
  // The caller needs kms:UpdateAlias on both keys; both must be in a state that allows it.
  const { key: current } = await usableKey(ctx, input.AliasName, { action: 'UpdateAlias' });
  const { key: next } = await usableKey(ctx, target, { action: 'UpdateAlias' });
  requireOwnKey(ctx, next, 'TargetKeyId');
  if (!sameKeyType(current, next)) {
    throw validation(
      `${input.AliasName} points to a ${keyTypeOf(current)} key with key usage ${current.KeyUsage}; ${next.Arn} is a ${keyTypeOf(next)} key with key usage ${next.KeyUsage}. UpdateAlias moves an alias only between keys of the same type and key usage.`,
    );
  }
  const arn = aliasArn(current.AWSAccountId, input.AliasName);
  const alias = await ctx.store.get('aliases', arn);
  if (!alias || next.KeyId === current.KeyId) return {};
  await checkAliasesPerKey(ctx.store, next);
  const updated: AliasRecord = { ...alias, TargetKeyId: next.KeyId, LastUpdatedDate: ctx.now().getTime() };
  await ctx.store.put('aliases', arn, updated);
  return {};
};

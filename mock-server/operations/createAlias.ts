import { checkAliasesPerKey } from '../model/aliases/aliasesPerKey';
import { checkAliasName } from '../model/aliases/checkAliasName';
import { requireOwnKey } from '../model/aliases/requireOwnKey';
import { aliasArn } from '../model/identity/account';
import { findKeyByIdOrArn } from '../model/keys/findKeyByIdOrArn';
import { usableKey } from '../model/keys/usableKey';
import type { AliasRecord } from '../store/records/AliasRecord';
import { alreadyExists } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const createAlias: Operation<'CreateAlias'> = async (input, ctx) => {
  checkAliasName(input.AliasName, { refuseReserved: true });
  const target = await findKeyByIdOrArn(ctx, 'TargetKeyId', input.TargetKeyId);
  const { key } = await usableKey(ctx, target, { action: 'CreateAlias' });
  requireOwnKey(ctx, key, 'TargetKeyId');
  const arn = aliasArn(key.AWSAccountId, input.AliasName);
  if (await ctx.store.get('aliases', arn)) throw alreadyExists(`An alias with the name ${arn} already exists`);
  await checkAliasesPerKey(ctx.store, key);
  const now = ctx.now().getTime();
  const alias: AliasRecord = {
    AliasName: input.AliasName,
    AWSAccountId: key.AWSAccountId,
    TargetKeyId: key.KeyId,
    CreationDate: now,
    LastUpdatedDate: now,
  };
  await ctx.store.put('aliases', arn, alias);
  return {};
};

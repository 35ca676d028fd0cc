import { checkAliasName } from '../model/aliases/checkAliasName';
import { aliasArn } from '../model/identity/account';
import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

export const deleteAlias: Operation<'DeleteAlias'> = async (input, ctx) => {
  checkAliasName(input.AliasName, { refuseReserved: false });
  // findKey answers NotFoundException for an alias the caller's account does not have.
  const { key } = await usableKey(ctx, input.AliasName, { action: 'DeleteAlias' });
  await ctx.store.delete('aliases', aliasArn(key.AWSAccountId, input.AliasName));
  return {};
};

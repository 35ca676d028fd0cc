import { aliasListEntry } from '../model/aliases/aliasListEntry';
import { findKeyByIdOrArn } from '../model/keys/findKeyByIdOrArn';
import { paginate } from '../model/paging/paginate';
import type { Operation } from '../wire/Operation';

/**
 * The caller's account's aliases by name, or only those of one key. kms:ListAliases is an IAM
 * permission, not a key policy one, so the key is found but not authorized against its policy.
 */
export const listAliases: Operation<'ListAliases'> = async (input, ctx) => {
  const key = input.KeyId === undefined ? undefined : await findKeyByIdOrArn(ctx, 'KeyId', input.KeyId);
  const aliases = (await ctx.store.list('aliases'))
    .filter((alias) => alias.AWSAccountId === ctx.callerAccount && (key === undefined || alias.TargetKeyId === key.KeyId))
    .sort((a, b) => (a.AliasName < b.AliasName ? -1 : a.AliasName > b.AliasName ? 1 : 0));
  const page = paginate(aliases, (alias) => alias.AliasName, input.Limit ?? 50, input.Marker);
  return { Aliases: page.items.map(aliasListEntry), NextMarker: page.NextMarker, Truncated: page.Truncated };
};

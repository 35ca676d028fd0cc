import type { AliasListEntryOutput } from '../../spec';
import type { AliasRecord } from '../../store/records/AliasRecord';
import { aliasArn } from '../identity/account';
import { epochSeconds } from '../paging/epochSeconds';

/** An alias as ListAliases reports it. */
export function aliasListEntry(alias: AliasRecord): AliasListEntryOutput {
  return {
    AliasName: alias.AliasName,
    AliasArn: aliasArn(alias.AWSAccountId, alias.AliasName),
    TargetKeyId: alias.TargetKeyId,
    CreationDate: epochSeconds(alias.CreationDate),
    LastUpdatedDate: epochSeconds(alias.LastUpdatedDate),
  };
}

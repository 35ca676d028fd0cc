import type { GrantListEntryOutput } from '../../spec';
import type { GrantRecord } from '../../store/records/GrantRecord';
import { epochSeconds } from '../paging/epochSeconds';

/** A grant as ListGrants shows it: everything but its tokens. */
export function grantListEntry(grant: GrantRecord): GrantListEntryOutput {
  return {
    KeyId: grant.KeyId,
    GrantId: grant.GrantId,
    Name: grant.Name,
    CreationDate: epochSeconds(grant.CreationDate),
    GranteePrincipal: grant.GranteePrincipal,
    RetiringPrincipal: grant.RetiringPrincipal,
    IssuingAccount: grant.IssuingAccount,
    Operations: grant.Operations,
    Constraints:
      grant.Constraints === undefined
        ? undefined
        : {
            EncryptionContextSubset: grant.Constraints.EncryptionContextSubset,
            EncryptionContextEquals: grant.Constraints.EncryptionContextEquals,
          },
  };
}

import { epochSeconds } from './epochSeconds';
import type { GrantRecord } from './GrantRecord';

/** A grant as ListGrants shows it: everything but the token. */
export function grantListEntry(grant: GrantRecord): object {
  return {
    KeyId: grant.KeyId,
    GrantId: grant.GrantId,
    Name: grant.Name,
    CreationDate: epochSeconds(grant.CreationDate),
    GranteePrincipal: grant.GranteePrincipal,
    RetiringPrincipal: grant.RetiringPrincipal,
    IssuingAccount: grant.IssuingAccount,
    Operations: grant.Operations,
    Constraints: grant.Constraints,
  };
}

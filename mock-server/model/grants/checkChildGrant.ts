import type { CreateGrantInput } from '../../spec';
import type { GrantConstraints, GrantRecord } from '../../store/records/GrantRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { accessDenied, validation } from '../../wire/errors';
import { usageProfile } from '../keys/keySpecs';
import type { Authorization } from '../policy/authorize';

/**
 * What CreateGrant may create on `key`. Operations must suit the key (the key-spec table) and
 * context constraints need a key that takes a context. A caller allowed only by a grant (AWS:
 * "Granting CreateGrant permission") may create a grant that allows no operation its own grant
 * lacks and constrains the encryption context at least as strictly — else a grantee could grant
 * itself anything.
 */
export function checkChildGrant(ctx: Context, key: KeyRecord, input: CreateGrantInput, authorization: Authorization): void {
  const allowed = usageProfile(key.KeySpec, key.KeyUsage)?.grantOperations ?? [];
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
  if (authorization.by !== 'grants') return;
  if (authorization.grants.some((parent) => coveredBy(parent, input))) return;
  const parents = authorization.grants.map((parent) => describeGrant(parent)).join('; ');
  throw accessDenied(
    `User: ${ctx.caller} is not authorized to perform: kms:CreateGrant on resource: ${key.Arn} for these operations and constraints: a grant created under a grant may allow only that grant's operations, with its encryption context constraints or stricter (yours: ${parents}).`,
  );
}

function coveredBy(parent: GrantRecord, child: CreateGrantInput): boolean {
  return child.Operations.every((operation) => parent.Operations.includes(operation)) && atLeastAsStrict(child.Constraints, parent.Constraints);
}

/** Whether every context the child's constraints admit, the parent's admit too (keys compare case-insensitively). */
function atLeastAsStrict(child: GrantConstraints | undefined, parent: GrantConstraints | undefined): boolean {
  const childEquals = lowerKeys(child?.EncryptionContextEquals);
  const childSubset = lowerKeys(child?.EncryptionContextSubset);
  const parentEquals = lowerKeys(parent?.EncryptionContextEquals);
  const parentSubset = lowerKeys(parent?.EncryptionContextSubset);
  if (parentEquals !== undefined && (childEquals === undefined || !samePairs(childEquals, parentEquals))) return false;
  if (parentSubset === undefined) return true;
  // The child admits only contexts holding its Equals map, or at least its Subset pairs.
  return [childEquals, childSubset].some((pairs) => pairs !== undefined && includesPairs(pairs, parentSubset));
}

type Pairs = ReadonlyMap<string, string>;

const lowerKeys = (map: Readonly<Record<string, string>> | undefined): Pairs | undefined =>
  map === undefined ? undefined : new Map(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
const includesPairs = (outer: Pairs, inner: Pairs) => [...inner].every(([k, v]) => outer.get(k) === v);
const samePairs = (a: Pairs, b: Pairs) => a.size === b.size && includesPairs(a, b);

function describeGrant(grant: GrantRecord): string {
  const constraints = grant.Constraints === undefined ? 'no constraints' : `constraints ${JSON.stringify(grant.Constraints)}`;
  return `grant ${grant.GrantId} allows ${grant.Operations.join(', ')} with ${constraints}`;
}

import type { KeyRecord } from '../../store/records/KeyRecord';
import { notFound } from '../../wire/errors';
import { findKey, type Lookup } from './findKey';

/**
 * A key named by key id or key ARN only, for the members where AWS takes no alias (CreateAlias's and
 * UpdateAlias's TargetKeyId, ListAliases's KeyId): an alias there would make an alias point at an
 * alias, or filter by a name that can move. Otherwise as findKey.
 */
export async function findKeyByIdOrArn(lookup: Lookup, member: string, identifier: string): Promise<KeyRecord> {
  if (identifier.startsWith('alias/') || /^arn:[^:]*:[^:]*:alias\//.test(identifier)) {
    throw notFound(`${member} ${identifier} is an alias; ${lookup.operation} takes the key ID or key ARN of a KMS key.`);
  }
  return findKey(lookup, identifier);
}

import type { OperationName } from '../../spec';
import { operationSpecs } from '../../spec';
import type { Store } from '../../store/Store';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { invalidArn, notFound } from '../../wire/errors';
import { isUuid } from '../../crypto/uuidBytes';
import { ARN_PARTITION, aliasArn, keyArn } from '../identity/account';

const ARN = /^arn:([^:]*):([^:]*):(key|alias)\/(.+)$/;

export interface Lookup {
  readonly store: Store;
  readonly operation: OperationName;
  readonly callerAccount: string;
}

/**
 * A key by any identifier KMS takes — key id, key ARN, alias name, alias ARN — or
 * NotFoundException (AWS wording); a malformed ARN is InvalidArnException where the operation
 * has that error. A bare id or alias name is looked up in the caller's account.
 */
export async function findKey(lookup: Lookup, identifier: string): Promise<KeyRecord> {
  if (identifier.startsWith('arn:')) {
    const match = ARN.exec(identifier);
    if (!match || match[1] !== ARN_PARTITION || !/^\d{12}$/.test(match[2])) {
      const message = `Invalid arn ${identifier}`;
      throw operationSpecs[lookup.operation].errors.includes('InvalidArnException') ? invalidArn(message) : notFound(message);
    }
    const [, , account, kind, rest] = match;
    return kind === 'key' ? keyInAccount(lookup.store, account, rest) : aliasInAccount(lookup.store, account, `alias/${rest}`);
  }
  if (identifier.startsWith('alias/')) return aliasInAccount(lookup.store, lookup.callerAccount, identifier);
  if (!isUuid(identifier)) throw notFound(`Invalid keyId '${identifier}'`);
  return keyInAccount(lookup.store, lookup.callerAccount, identifier);
}

async function keyInAccount(store: Store, account: string, keyId: string): Promise<KeyRecord> {
  const key = await store.get('keys', keyId);
  if (!key || key.AWSAccountId !== account) throw notFound(`Key '${keyArn(account, keyId)}' does not exist`);
  return key;
}

async function aliasInAccount(store: Store, account: string, aliasName: string): Promise<KeyRecord> {
  const alias = await store.get('aliases', aliasArn(account, aliasName));
  if (!alias || alias.AWSAccountId !== account) throw notFound(`Alias ${aliasArn(account, aliasName)} is not found.`);
  return keyInAccount(store, account, alias.TargetKeyId);
}

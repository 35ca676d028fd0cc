import { ARN_PARTITION, aliasArn } from '../../model/identity/account';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Store } from '../../store/Store';

/**
 * The key an identifier names (id, key ARN, alias name, alias ARN), or undefined — never an error:
 * a hint looks keys up after the operation already failed.
 */
export async function resolveKey(store: Store, account: string, identifier: string): Promise<KeyRecord | undefined> {
  const arn = new RegExp(`^arn:${ARN_PARTITION}:(\\d{12}):(key|alias)/(.+)$`).exec(identifier);
  if (arn) {
    const [, owner, kind, rest] = arn;
    return kind === 'key' ? keyOf(store, owner, rest) : aliasTarget(store, owner, `alias/${rest}`);
  }
  if (identifier.startsWith('alias/')) return aliasTarget(store, account, identifier);
  return keyOf(store, account, identifier);
}

async function keyOf(store: Store, account: string, keyId: string): Promise<KeyRecord | undefined> {
  const key = await store.get('keys', keyId);
  return key?.AWSAccountId === account ? key : undefined;
}

async function aliasTarget(store: Store, account: string, aliasName: string): Promise<KeyRecord | undefined> {
  const alias = await store.get('aliases', aliasArn(account, aliasName));
  return alias ? keyOf(store, account, alias.TargetKeyId) : undefined;
}

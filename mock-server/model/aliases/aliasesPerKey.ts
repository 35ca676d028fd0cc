import type { Store } from '../../store/Store';
import { limitExceeded } from '../../wire/errors';

/** AWS's default quota "Aliases per KMS key". */
export const ALIASES_PER_KEY = 50;

/** LimitExceededException when the key already has as many aliases as the quota allows. */
export async function checkAliasesPerKey(store: Store, key: { readonly KeyId: string; readonly Arn: string }): Promise<void> {
  const count = (await store.list('aliases')).filter((alias) => alias.TargetKeyId === key.KeyId).length;
  if (count >= ALIASES_PER_KEY) {
    throw limitExceeded(`${key.Arn} already has ${count} aliases, the most a KMS key may have (${ALIASES_PER_KEY}).`);
  }
}

import type { Store } from '../../store/Store';
import type { GrantRecord } from '../../store/records/GrantRecord';
import { invalidGrantToken } from '../../wire/errors';
import { isWellFormedGrantToken } from './grantToken';

/** The live grant a token belongs to: InvalidGrantTokenException for a malformed token or a dead one. */
export async function grantOfToken(store: Store, token: string): Promise<GrantRecord> {
  if (!isWellFormedGrantToken(token)) throw invalidGrantToken('The grant token is malformed.');
  const grant = (await store.list('grants')).find((g) => g.GrantTokens.includes(token));
  if (!grant) throw invalidGrantToken('The grant token does not belong to a live grant; it may have been retired or revoked.');
  return grant;
}

/** Every grant token of a request must be a token of a live grant. */
export async function checkGrantTokens(store: Store, tokens: readonly string[]): Promise<void> {
  for (const token of tokens) await grantOfToken(store, token);
}

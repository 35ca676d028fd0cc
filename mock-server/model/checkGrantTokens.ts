import { invalidGrantToken } from '../protocol/errors';
import type { Store } from '../store/Store';
import type { GrantRecord } from './GrantRecord';
import { isWellFormedGrantToken } from './grantToken';

/** Every grant token of a request must be the token of a live grant. */
export async function checkGrantTokens(store: Store, tokens: readonly string[]): Promise<void> {
  if (tokens.length === 0) return;
  const live = new Set((await store.list<GrantRecord>('grants')).map((grant) => grant.GrantToken));
  for (const token of tokens) {
    if (!isWellFormedGrantToken(token)) throw invalidGrantToken('The grant token is malformed.');
    if (!live.has(token)) throw invalidGrantToken('The grant token does not belong to a live grant; it may have been retired or revoked.');
  }
}

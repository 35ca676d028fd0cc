import type { Store } from '../../store/Store';
import type { GrantRecord } from '../../store/records/GrantRecord';
import { invalidGrantToken } from '../../wire/errors';
import { isWellFormedGrantToken } from './grantToken';

/** The grant among `grants` a token belongs to: InvalidGrantTokenException for a malformed token or a dead one. */
function grantOf(grants: readonly GrantRecord[], token: string): GrantRecord {
  if (!isWellFormedGrantToken(token)) throw invalidGrantToken('The grant token is malformed.');
  const grant = grants.find((g) => g.GrantTokens.includes(token));
  if (!grant) throw invalidGrantToken('The grant token does not belong to a live grant; it may have been retired or revoked.');
  return grant;
}

/** The live grant a token belongs to. */
export const grantOfToken = async (store: Store, token: string): Promise<GrantRecord> => grantOf(await store.list('grants'), token);

/** Every grant token of a request must be a token of a live grant. */
export async function checkGrantTokens(store: Store, tokens: readonly string[]): Promise<void> {
  if (tokens.length === 0) return;
  const grants = await store.list('grants');
  for (const token of tokens) grantOf(grants, token);
}

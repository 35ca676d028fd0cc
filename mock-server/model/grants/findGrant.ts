import { invalidGrantId, notFound } from '../../wire/errors';
import type { Store } from '../../store/Store';
import type { GrantRecord } from '../../store/records/GrantRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';

const GRANT_ID = /^[0-9a-f]{64}$/;

/** A live grant on the key by id: InvalidGrantIdException for a malformed id, NotFoundException for an unknown one. */
export async function findGrant(store: Store, key: KeyRecord, grantId: string): Promise<GrantRecord> {
  if (!GRANT_ID.test(grantId)) throw invalidGrantId(`Invalid grant ID '${grantId}': a grant ID is 64 hexadecimal characters.`);
  const grant = await store.get('grants', grantId);
  if (!grant || grant.KeyId !== key.Arn) throw notFound(`Grant ID ${grantId} not found for key ${key.Arn}.`);
  return grant;
}

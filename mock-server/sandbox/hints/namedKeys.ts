import { parseEnvelope } from '../../crypto/envelope';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { HintFailure } from './HintFailure';
import { bytesMember, KEY_MEMBERS, stringMember } from './inputMembers';
import { resolveKey } from './resolveKey';

export interface NamedKey {
  /** The input member that named it, or "CiphertextBlob" for the key a symmetric ciphertext names. */
  readonly member: string;
  readonly key: KeyRecord;
}

/** The keys the request names that exist in the sandbox, in member order. */
export async function namedKeys(failure: HintFailure): Promise<NamedKey[]> {
  const found: NamedKey[] = [];
  for (const member of KEY_MEMBERS) {
    const identifier = stringMember(failure.input, member);
    const key = identifier === undefined ? undefined : await resolveKey(failure.store, failure.callerAccount, identifier);
    if (key) found.push({ member, key });
  }
  const blob = bytesMember(failure.input, 'CiphertextBlob');
  const envelope = blob === undefined ? undefined : parseEnvelope(blob);
  const owner = envelope === undefined ? undefined : await failure.store.get('keys', envelope.keyId);
  if (owner && !found.some((named) => named.key.KeyId === owner.KeyId)) found.push({ member: 'CiphertextBlob', key: owner });
  return found;
}

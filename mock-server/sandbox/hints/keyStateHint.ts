import type { KeyRecord } from '../../store/records/KeyRecord';
import type { HintFailure } from './HintFailure';
import { namedKeys } from './namedKeys';

/** "which is …: <the operation that fixes it>", for the states a reader can leave. */
function stateAndRemedy(key: KeyRecord): string | undefined {
  switch (key.KeyState) {
    case 'Disabled':
      return 'which is disabled in this sandbox: EnableKey turns it back on.';
    case 'PendingDeletion': {
      const when = key.DeletionDate === undefined ? '' : ` (to be deleted ${new Date(key.DeletionDate).toISOString()}, sandbox time)`;
      return `which is pending deletion${when}: CancelKeyDeletion brings it back (disabled), then EnableKey turns it on.`;
    }
    case 'PendingImport':
      return 'which has no key material yet: GetParametersForImport, then ImportKeyMaterial gives it some.';
    case 'Unavailable':
      return 'which is unavailable because its custom key store is disconnected: ConnectCustomKeyStore connects it.';
    default:
      return undefined;
  }
}

/** DisabledException and KMSInvalidStateException: which of the request's keys is in the way, and the operation that fixes it. */
export async function keyStateHint(failure: HintFailure): Promise<string | undefined> {
  for (const { member, key } of await namedKeys(failure)) {
    const remedy = stateAndRemedy(key);
    if (remedy !== undefined) {
      const subject = member === 'CiphertextBlob' ? `The ciphertext was made by key ${key.KeyId},` : `${member} names key ${key.KeyId},`;
      return `${subject} ${remedy}`;
    }
  }
  return undefined;
}

import type { KeyState } from '../../spec';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';

/**
 * The state a key is in, as KMS reports it: a key in a custom key store that is not connected is
 * Unavailable (unless it is pending deletion, which goes on). It is computed, never stored, so the
 * key's own Enabled or Disabled comes back when the store connects again.
 */
export function effectiveKeyState(key: KeyRecord, keyStore: CustomKeyStoreRecord | undefined): KeyState {
  if (keyStore === undefined || keyStore.ConnectionState === 'CONNECTED') return key.KeyState;
  return key.KeyState === 'Enabled' || key.KeyState === 'Disabled' ? 'Unavailable' : key.KeyState;
}

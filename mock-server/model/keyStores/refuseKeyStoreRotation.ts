import type { KeyRecord } from '../../store/records/KeyRecord';
import { unsupportedOperation } from '../../wire/errors';

/** KMS rotates no key in a custom key store, automatically or on demand: its material is not KMS's to replace. */
export function refuseKeyStoreRotation(key: KeyRecord): void {
  if (key.CustomKeyStoreId !== undefined) {
    throw unsupportedOperation(`${key.Arn} is in custom key store ${key.CustomKeyStoreId}; keys in a custom key store cannot be rotated.`);
  }
}

import type { KeyRecord } from '../../store/records/KeyRecord';

type KeyType = 'symmetric' | 'HMAC' | 'asymmetric';

/** The three key types UpdateAlias tells apart: symmetric encryption, HMAC, and every asymmetric spec. */
export function keyTypeOf(key: KeyRecord): KeyType {
  if (key.KeySpec === 'SYMMETRIC_DEFAULT') return 'symmetric';
  return key.KeySpec.startsWith('HMAC_') ? 'HMAC' : 'asymmetric';
}

/** Whether an alias may move from one key to the other: same key type and same key usage, so code using the alias keeps working. */
export function sameKeyType(current: KeyRecord, next: KeyRecord): boolean {
  return keyTypeOf(current) === keyTypeOf(next) && current.KeyUsage === next.KeyUsage;
}

import { grantOperationValues, keySpecValues, keyStateValues, keyUsageTypeValues } from '../../spec';
import type { GrantOperation, KeySpec, KeyState, KeyUsageType, OperationName } from '../../spec';
import { usageProfile } from './keySpecs';
import { keyStateRules } from './keyStateRules';

/** A key as a key list shows it: what decides whether an operation can use it. */
export interface KeyTraits {
  readonly keySpec: string;
  readonly keyUsage: string;
  readonly keyState: string;
}

/**
 * The key members QKMS takes only SYMMETRIC_DEFAULT keys in (the operations pass `symmetricOnly` to
 * usableKey): data keys, ReEncrypt on both sides (a QKMS rule: AWS re-encrypts asymmetric ciphertexts
 * too), and rotation. tests/unit/mock-server/keyRefusal.test.ts holds this list to the operations' answers.
 */
const SYMMETRIC_ONLY: Readonly<Partial<Record<OperationName, readonly string[]>>> = {
  GenerateDataKey: ['KeyId'],
  GenerateDataKeyWithoutPlaintext: ['KeyId'],
  GenerateDataKeyPair: ['KeyId'],
  GenerateDataKeyPairWithoutPlaintext: ['KeyId'],
  ReEncrypt: ['SourceKeyId', 'DestinationKeyId'],
  RotateKeyOnDemand: ['KeyId'],
  EnableKeyRotation: ['KeyId'],
  DisableKeyRotation: ['KeyId'],
  GetKeyRotationStatus: ['KeyId'],
  ListKeyRotations: ['KeyId'],
};

const STATE_ADVICE: Readonly<Record<'disabled' | 'unavailable' | 'invalid', string>> = {
  disabled: 'it is disabled (EnableKey first)',
  unavailable: 'its custom key store is disconnected',
  invalid: 'of its key state',
};

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** The grant operation (the permission) a key member of an operation needs: ReEncrypt's two keys need different ones. */
function grantOperationFor(operation: OperationName, member: string): GrantOperation | undefined {
  if (operation === 'ReEncrypt') return member === 'SourceKeyId' ? 'ReEncryptFrom' : 'ReEncryptTo';
  return oneOf(grantOperationValues, operation) ? operation : undefined;
}

/**
 * Why `operation` would refuse this key in `member` — its state (the key-state table), a key spec and
 * usage that cannot do it (the key-spec table's grant operations), or a QKMS symmetric-only rule — or
 * undefined when it would take it. Authorization and algorithms are not judged here.
 */
export function keyRefusal(operation: OperationName, member: string, key: KeyTraits): string | undefined {
  if (oneOf<KeyState>(keyStateValues, key.keyState)) {
    const check = keyStateRules[operation]?.[key.keyState] ?? 'accept';
    if (check !== 'accept') return `${operation} refuses a ${key.keyState} key: ${STATE_ADVICE[check]}`;
  }
  if (!oneOf<KeySpec>(keySpecValues, key.keySpec) || !oneOf<KeyUsageType>(keyUsageTypeValues, key.keyUsage)) return undefined;
  if (key.keySpec !== 'SYMMETRIC_DEFAULT' && SYMMETRIC_ONLY[operation]?.includes(member)) {
    return `${operation} takes only SYMMETRIC_DEFAULT keys in ${member}; this is ${key.keySpec}`;
  }
  const needed = grantOperationFor(operation, member);
  const allowed = usageProfile(key.keySpec, key.keyUsage)?.grantOperations ?? [];
  if (needed !== undefined && !allowed.includes(needed)) {
    return `a ${key.keySpec} key with usage ${key.keyUsage} cannot ${needed}`;
  }
  return undefined;
}

import type { KeyState, OperationName } from '../../spec';
import { disabled, invalidState, keyUnavailable } from '../../wire/errors';
import type { QkmsError } from '../../wire/QkmsError';

/** 'disabled': DisabledException; 'unavailable': KeyUnavailableException; 'invalid': KMSInvalidStateException. */
type StateCheck = 'accept' | 'disabled' | 'unavailable' | 'invalid';
type StateRow = Readonly<Record<KeyState, StateCheck>>;

/*
 * Rows after AWS's key state table ("Key states of AWS KMS keys"): which states an operation
 * accepts and what the others answer. Creating, Updating and PendingReplicaDeletion belong to
 * multi-Region keys, which QKMS does not have; they are refused wherever AWS would refuse a key
 * that is not ready.
 */
const NOT_READY = { Creating: 'invalid', Updating: 'invalid', PendingReplicaDeletion: 'invalid' } as const;

const ANY: StateRow = {
  Creating: 'invalid',
  Enabled: 'accept',
  Disabled: 'accept',
  PendingDeletion: 'accept',
  PendingImport: 'accept',
  PendingReplicaDeletion: 'accept',
  Unavailable: 'accept',
  Updating: 'accept',
};
const CRYPTOGRAPHIC: StateRow = {
  ...NOT_READY,
  Enabled: 'accept',
  Disabled: 'disabled',
  PendingDeletion: 'invalid',
  PendingImport: 'invalid',
  Unavailable: 'unavailable',
};
const CREATE_GRANT: StateRow = { ...CRYPTOGRAPHIC, Unavailable: 'accept' };
const ENABLE_DISABLE: StateRow = {
  ...NOT_READY,
  Enabled: 'accept',
  Disabled: 'accept',
  PendingDeletion: 'invalid',
  PendingImport: 'invalid',
  Unavailable: 'invalid',
};
const SCHEDULE_DELETION: StateRow = { ...ANY, ...NOT_READY, PendingDeletion: 'invalid' };
const CANCEL_DELETION: StateRow = {
  ...NOT_READY,
  Enabled: 'invalid',
  Disabled: 'invalid',
  PendingDeletion: 'accept',
  PendingImport: 'invalid',
  Unavailable: 'invalid',
};
const LIST_ROTATIONS: StateRow = { ...ENABLE_DISABLE, PendingDeletion: 'accept' };
/** Aliases and tags may change on any key except one pending deletion. */
const ALIAS_OR_TAG_CHANGE: StateRow = { ...ANY, ...NOT_READY, PendingDeletion: 'invalid' };
/** Import parameters and imported material: a key awaiting material, or one that has it (to import it again). */
const IMPORT: StateRow = {
  ...NOT_READY,
  Enabled: 'accept',
  Disabled: 'accept',
  PendingDeletion: 'invalid',
  PendingImport: 'accept',
  Unavailable: 'invalid',
};
/** Deleting imported material also works on a key pending deletion, whose state it leaves alone. */
const DELETE_IMPORTED: StateRow = { ...IMPORT, PendingDeletion: 'accept' };
/** ReplicateKey and UpdatePrimaryRegion, after AWS's rows; QKMS refuses both once the state passes. */
const MULTI_REGION_CHANGE: StateRow = { ...ANY, ...NOT_READY, PendingDeletion: 'invalid', Unavailable: 'invalid' };
/** Automatic rotation changes only on an enabled key; a disabled one answers DisabledException. */
const ROTATION_CHANGE: StateRow = { ...CRYPTOGRAPHIC, Unavailable: 'invalid' };
/** The description may change on any key except one pending deletion. */
const DESCRIPTION_CHANGE: StateRow = ALIAS_OR_TAG_CHANGE;

/**
 * The one table of which key states each operation accepts. CreateKey, ListKeys and GenerateRandom
 * use no existing key; ListAliases only filters by one; ListRetirableGrants lists by principal.
 */
export const keyStateRules: Readonly<Record<OperationName, StateRow | undefined>> = {
  CancelKeyDeletion: CANCEL_DELETION,
  CreateGrant: CREATE_GRANT,
  CreateKey: undefined,
  Decrypt: CRYPTOGRAPHIC,
  DescribeKey: ANY,
  DisableKey: ENABLE_DISABLE,
  EnableKey: ENABLE_DISABLE,
  Encrypt: CRYPTOGRAPHIC,
  GenerateDataKey: CRYPTOGRAPHIC,
  GenerateDataKeyWithoutPlaintext: CRYPTOGRAPHIC,
  ListGrants: ANY,
  ListKeyRotations: LIST_ROTATIONS,
  ListKeys: undefined,
  ReEncrypt: CRYPTOGRAPHIC,
  RetireGrant: ANY,
  RevokeGrant: ANY,
  RotateKeyOnDemand: CRYPTOGRAPHIC,
  ScheduleKeyDeletion: SCHEDULE_DELETION,
  GenerateDataKeyPair: CRYPTOGRAPHIC,
  GenerateDataKeyPairWithoutPlaintext: CRYPTOGRAPHIC,
  DeriveSharedSecret: CRYPTOGRAPHIC,
  GenerateRandom: undefined,
  CreateAlias: ALIAS_OR_TAG_CHANGE,
  DeleteAlias: ANY,
  ListAliases: undefined,
  UpdateAlias: ALIAS_OR_TAG_CHANGE,
  TagResource: ALIAS_OR_TAG_CHANGE,
  UntagResource: ALIAS_OR_TAG_CHANGE,
  ListResourceTags: ANY,
  Sign: CRYPTOGRAPHIC,
  Verify: CRYPTOGRAPHIC,
  GetPublicKey: CRYPTOGRAPHIC,
  GenerateMac: CRYPTOGRAPHIC,
  VerifyMac: CRYPTOGRAPHIC,
  GetParametersForImport: IMPORT,
  ImportKeyMaterial: IMPORT,
  DeleteImportedKeyMaterial: DELETE_IMPORTED,
  // A key's policy can be read and changed in every state, so access can be repaired at any time.
  GetKeyPolicy: ANY,
  PutKeyPolicy: ANY,
  ListKeyPolicies: ANY,
  // Custom key store operations name a key store, not a key.
  CreateCustomKeyStore: undefined,
  ConnectCustomKeyStore: undefined,
  DisconnectCustomKeyStore: undefined,
  DeleteCustomKeyStore: undefined,
  DescribeCustomKeyStores: undefined,
  UpdateCustomKeyStore: undefined,
  ReplicateKey: MULTI_REGION_CHANGE,
  UpdatePrimaryRegion: MULTI_REGION_CHANGE,
  EnableKeyRotation: ROTATION_CHANGE,
  DisableKeyRotation: ROTATION_CHANGE,
  GetKeyRotationStatus: ANY,
  GetKeyLastUsage: ANY,
  UpdateKeyDescription: DESCRIPTION_CHANGE,
  ListRetirableGrants: undefined,
};

const STATE_WORDS: Readonly<Record<KeyState, string>> = {
  Creating: 'being created',
  Enabled: 'enabled',
  Disabled: 'disabled',
  PendingDeletion: 'pending deletion',
  PendingImport: 'pending import',
  PendingReplicaDeletion: 'pending replica deletion',
  Unavailable: 'unavailable',
  Updating: 'being updated',
};

/** The error an operation answers for a key in `state`, or undefined when the state is fine. */
export function keyStateError(operation: OperationName, keyArn: string, state: KeyState): QkmsError | undefined {
  const check = keyStateRules[operation]?.[state] ?? 'accept';
  if (check === 'accept') return undefined;
  if (check === 'disabled') return disabled(keyArn);
  if (check === 'unavailable') return keyUnavailable(`${keyArn} is unavailable: its custom key store is disconnected.`);
  if (operation === 'CancelKeyDeletion') return invalidState(`${keyArn} is not pending deletion.`);
  return invalidState(`${keyArn} is ${STATE_WORDS[state]}.`);
}

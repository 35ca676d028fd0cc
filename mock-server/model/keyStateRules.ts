import type { OperationName } from '../spec';
import { disabled, invalidState } from '../protocol/errors';
import type { QkmsError } from '../protocol/QkmsError';
import type { KeyState } from './wireTypes';

type StateCheck = 'accept' | 'disabled' | 'invalid';

const ANY: Readonly<Record<KeyState, StateCheck>> = {
  Creating: 'invalid',
  Enabled: 'accept',
  Disabled: 'accept',
  PendingDeletion: 'accept',
  PendingImport: 'accept',
  PendingReplicaDeletion: 'accept',
  Unavailable: 'accept',
  Updating: 'accept',
};
const CRYPTO: Readonly<Record<KeyState, StateCheck>> = {
  Creating: 'invalid',
  Enabled: 'accept',
  Disabled: 'disabled',
  PendingDeletion: 'invalid',
  PendingImport: 'invalid',
  PendingReplicaDeletion: 'invalid',
  Unavailable: 'invalid',
  Updating: 'invalid',
};
const MANAGE: Readonly<Record<KeyState, StateCheck>> = {
  Creating: 'invalid',
  Enabled: 'accept',
  Disabled: 'accept',
  PendingDeletion: 'invalid',
  PendingImport: 'invalid',
  PendingReplicaDeletion: 'invalid',
  Unavailable: 'invalid',
  Updating: 'invalid',
};
const CANCEL: Readonly<Record<KeyState, StateCheck>> = {
  Creating: 'invalid',
  Enabled: 'invalid',
  Disabled: 'invalid',
  PendingDeletion: 'accept',
  PendingImport: 'invalid',
  PendingReplicaDeletion: 'invalid',
  Unavailable: 'invalid',
  Updating: 'invalid',
};
const ROTATIONS: Readonly<Record<KeyState, StateCheck>> = { ...MANAGE, PendingDeletion: 'accept' };

/**
 * The one table of which key states each operation accepts, after the AWS KMS key state
 * table. A state not accepted answers DisabledException ('disabled') or KMSInvalidStateException.
 */
export const keyStateRules: Readonly<Record<OperationName, Readonly<Record<KeyState, StateCheck>> | undefined>> = {
  CancelKeyDeletion: CANCEL,
  CreateGrant: MANAGE,
  CreateKey: undefined,
  Decrypt: CRYPTO,
  DescribeKey: ANY,
  DisableKey: MANAGE,
  EnableKey: MANAGE,
  Encrypt: CRYPTO,
  GenerateDataKey: CRYPTO,
  GenerateDataKeyWithoutPlaintext: CRYPTO,
  ListGrants: ANY,
  ListKeyRotations: ROTATIONS,
  ListKeys: undefined,
  ReEncrypt: CRYPTO,
  RetireGrant: ANY,
  RevokeGrant: ANY,
  RotateKeyOnDemand: CRYPTO,
  ScheduleKeyDeletion: MANAGE,
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
  if (operation === 'CancelKeyDeletion') return invalidState(`${keyArn} is not pending deletion.`);
  return invalidState(`${keyArn} is ${STATE_WORDS[state]}.`);
}

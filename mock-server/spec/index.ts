import type { OperationSpec } from './types';
import { cancelKeyDeletionSpec } from './cancelKeyDeletion';
import { createGrantSpec } from './createGrant';
import { createKeySpec } from './createKey';
import { decryptSpec } from './decrypt';
import { describeKeySpec } from './describeKey';
import { disableKeySpec } from './disableKey';
import { enableKeySpec } from './enableKey';
import { encryptSpec } from './encrypt';
import { generateDataKeySpec } from './generateDataKey';
import { generateDataKeyWithoutPlaintextSpec } from './generateDataKeyWithoutPlaintext';
import { listGrantsSpec } from './listGrants';
import { listKeyRotationsSpec } from './listKeyRotations';
import { listKeysSpec } from './listKeys';
import { reEncryptSpec } from './reEncrypt';
import { retireGrantSpec } from './retireGrant';
import { revokeGrantSpec } from './revokeGrant';
import { rotateKeyOnDemandSpec } from './rotateKeyOnDemand';
import { scheduleKeyDeletionSpec } from './scheduleKeyDeletion';

export type { FieldError, FieldErrorKind, MemberSpec, MemberType, OperationSpec, ShapeSpec } from './types';
export { validateInput } from './validateInput';
export { formatValidationMessage } from './formatValidationMessage';

/** Wire names of the operations QKMS serves. */
export type OperationName =
  | 'CancelKeyDeletion'
  | 'CreateGrant'
  | 'CreateKey'
  | 'Decrypt'
  | 'DescribeKey'
  | 'DisableKey'
  | 'EnableKey'
  | 'Encrypt'
  | 'GenerateDataKey'
  | 'GenerateDataKeyWithoutPlaintext'
  | 'ListGrants'
  | 'ListKeyRotations'
  | 'ListKeys'
  | 'ReEncrypt'
  | 'RetireGrant'
  | 'RevokeGrant'
  | 'RotateKeyOnDemand'
  | 'ScheduleKeyDeletion';

/** Every operation's spec, by wire name; a missing operation is a compile error. */
export const operationSpecs: Readonly<Record<OperationName, OperationSpec>> = {
  CancelKeyDeletion: cancelKeyDeletionSpec,
  CreateGrant: createGrantSpec,
  CreateKey: createKeySpec,
  Decrypt: decryptSpec,
  DescribeKey: describeKeySpec,
  DisableKey: disableKeySpec,
  EnableKey: enableKeySpec,
  Encrypt: encryptSpec,
  GenerateDataKey: generateDataKeySpec,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintextSpec,
  ListGrants: listGrantsSpec,
  ListKeyRotations: listKeyRotationsSpec,
  ListKeys: listKeysSpec,
  ReEncrypt: reEncryptSpec,
  RetireGrant: retireGrantSpec,
  RevokeGrant: revokeGrantSpec,
  RotateKeyOnDemand: rotateKeyOnDemandSpec,
  ScheduleKeyDeletion: scheduleKeyDeletionSpec,
};

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operationSpecs, name);
}

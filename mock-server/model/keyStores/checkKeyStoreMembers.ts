import type { CreateKeyInput, KeySpec, KeyUsageType } from '../../spec';
import { unsupportedOperation, validation } from '../../wire/errors';

/**
 * CreateKey's rules on its custom key store members that need no lookup: CustomKeyStoreId goes with
 * Origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE and the other way round, XksKeyId with EXTERNAL_KEY_STORE
 * only, and a custom key store holds symmetric encryption keys only.
 */
export function checkKeyStoreMembers(input: CreateKeyInput, spec: KeySpec, usage: KeyUsageType): void {
  const origin = input.Origin ?? 'AWS_KMS';
  const inKeyStore = origin === 'AWS_CLOUDHSM' || origin === 'EXTERNAL_KEY_STORE';
  if (input.CustomKeyStoreId !== undefined && !inKeyStore) {
    throw validation(`CustomKeyStoreId needs Origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE, the type of the key store; Origin is ${origin}.`);
  }
  if (inKeyStore && input.CustomKeyStoreId === undefined) {
    throw validation(`Origin ${origin} creates the key in a custom key store: give its CustomKeyStoreId.`);
  }
  if (input.XksKeyId !== undefined && origin !== 'EXTERNAL_KEY_STORE') {
    throw validation(`XksKeyId applies only to Origin EXTERNAL_KEY_STORE; Origin is ${origin}.`);
  }
  if (origin === 'EXTERNAL_KEY_STORE' && input.XksKeyId === undefined) {
    throw validation('Origin EXTERNAL_KEY_STORE needs XksKeyId, the ID of the external key in the external key manager.');
  }
  if (inKeyStore && (spec !== 'SYMMETRIC_DEFAULT' || usage !== 'ENCRYPT_DECRYPT')) {
    throw unsupportedOperation(
      `A custom key store holds symmetric encryption keys only (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT), not ${spec} with ${usage}.`,
    );
  }
  if (inKeyStore && input.MultiRegion) {
    throw unsupportedOperation('A key in a custom key store cannot be a multi-Region key.');
  }
}

import { cancelKeyDeletion } from '../operations/cancelKeyDeletion';
import { createGrant } from '../operations/createGrant';
import { createKey } from '../operations/createKey';
import { decrypt } from '../operations/decrypt';
import { describeKey } from '../operations/describeKey';
import { disableKey } from '../operations/disableKey';
import { enableKey } from '../operations/enableKey';
import { encrypt } from '../operations/encrypt';
import { generateDataKey } from '../operations/generateDataKey';
import { generateDataKeyWithoutPlaintext } from '../operations/generateDataKeyWithoutPlaintext';
import { listGrants } from '../operations/listGrants';
import { listKeyRotations } from '../operations/listKeyRotations';
import { listKeys } from '../operations/listKeys';
import { reEncrypt } from '../operations/reEncrypt';
import { retireGrant } from '../operations/retireGrant';
import { revokeGrant } from '../operations/revokeGrant';
import { rotateKeyOnDemand } from '../operations/rotateKeyOnDemand';
import { scheduleKeyDeletion } from '../operations/scheduleKeyDeletion';
import { generateDataKeyPair } from '../operations/generateDataKeyPair';
import { generateDataKeyPairWithoutPlaintext } from '../operations/generateDataKeyPairWithoutPlaintext';
import { deriveSharedSecret } from '../operations/deriveSharedSecret';
import { generateRandom } from '../operations/generateRandom';
import { createAlias } from '../operations/createAlias';
import { deleteAlias } from '../operations/deleteAlias';
import { listAliases } from '../operations/listAliases';
import { updateAlias } from '../operations/updateAlias';
import { tagResource } from '../operations/tagResource';
import { untagResource } from '../operations/untagResource';
import { listResourceTags } from '../operations/listResourceTags';
import { generateMac } from '../operations/generateMac';
import { getPublicKey } from '../operations/getPublicKey';
import { sign } from '../operations/sign';
import { verify } from '../operations/verify';
import { verifyMac } from '../operations/verifyMac';
import { getParametersForImport } from '../operations/getParametersForImport';
import { importKeyMaterial } from '../operations/importKeyMaterial';
import { deleteImportedKeyMaterial } from '../operations/deleteImportedKeyMaterial';
import { createCustomKeyStore } from '../operations/createCustomKeyStore';
import { connectCustomKeyStore } from '../operations/connectCustomKeyStore';
import { disconnectCustomKeyStore } from '../operations/disconnectCustomKeyStore';
import { deleteCustomKeyStore } from '../operations/deleteCustomKeyStore';
import { describeCustomKeyStores } from '../operations/describeCustomKeyStores';
import { updateCustomKeyStore } from '../operations/updateCustomKeyStore';
import { replicateKey } from '../operations/replicateKey';
import { updatePrimaryRegion } from '../operations/updatePrimaryRegion';
import { enableKeyRotation } from '../operations/enableKeyRotation';
import { disableKeyRotation } from '../operations/disableKeyRotation';
import { getKeyRotationStatus } from '../operations/getKeyRotationStatus';
import { getKeyLastUsage } from '../operations/getKeyLastUsage';
import { updateKeyDescription } from '../operations/updateKeyDescription';
import { listRetirableGrants } from '../operations/listRetirableGrants';
import type { OperationName } from '../spec';
import type { Operation } from '../wire/Operation';
import { getKeyPolicy } from '../operations/getKeyPolicy';
import { putKeyPolicy } from '../operations/putKeyPolicy';
import { listKeyPolicies } from '../operations/listKeyPolicies';

/** Every operation QKMS serves, by wire name; a missing one is a compile error. */
export const registry: { readonly [Name in OperationName]: Operation<Name> } = {
  CancelKeyDeletion: cancelKeyDeletion,
  CreateGrant: createGrant,
  CreateKey: createKey,
  Decrypt: decrypt,
  DescribeKey: describeKey,
  DisableKey: disableKey,
  EnableKey: enableKey,
  Encrypt: encrypt,
  GenerateDataKey: generateDataKey,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  ListGrants: listGrants,
  ListKeyRotations: listKeyRotations,
  ListKeys: listKeys,
  ReEncrypt: reEncrypt,
  RetireGrant: retireGrant,
  RevokeGrant: revokeGrant,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  GenerateDataKeyPair: generateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
  DeriveSharedSecret: deriveSharedSecret,
  GenerateRandom: generateRandom,
  CreateAlias: createAlias,
  DeleteAlias: deleteAlias,
  ListAliases: listAliases,
  UpdateAlias: updateAlias,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListResourceTags: listResourceTags,
  Sign: sign,
  Verify: verify,
  GetPublicKey: getPublicKey,
  GenerateMac: generateMac,
  VerifyMac: verifyMac,
  GetParametersForImport: getParametersForImport,
  ImportKeyMaterial: importKeyMaterial,
  DeleteImportedKeyMaterial: deleteImportedKeyMaterial,
  GetKeyPolicy: getKeyPolicy,
  PutKeyPolicy: putKeyPolicy,
  ListKeyPolicies: listKeyPolicies,
  CreateCustomKeyStore: createCustomKeyStore,
  ConnectCustomKeyStore: connectCustomKeyStore,
  DisconnectCustomKeyStore: disconnectCustomKeyStore,
  DeleteCustomKeyStore: deleteCustomKeyStore,
  DescribeCustomKeyStores: describeCustomKeyStores,
  UpdateCustomKeyStore: updateCustomKeyStore,
  ReplicateKey: replicateKey,
  UpdatePrimaryRegion: updatePrimaryRegion,
  EnableKeyRotation: enableKeyRotation,
  DisableKeyRotation: disableKeyRotation,
  GetKeyRotationStatus: getKeyRotationStatus,
  GetKeyLastUsage: getKeyLastUsage,
  UpdateKeyDescription: updateKeyDescription,
  ListRetirableGrants: listRetirableGrants,
};

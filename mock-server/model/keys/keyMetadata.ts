import { customerMasterKeySpecValues, type KeyMetadataOutput } from '../../spec';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { effectiveKeyState } from '../keyStores/effectiveKeyState';
import { epochSeconds } from '../paging/epochSeconds';
import { currentMaterial } from './currentMaterial';

/**
 * The KeyMetadata structure of CreateKey and DescribeKey: every member the model has. `keyStore` is the
 * custom key store the key lives in, which gives its cluster and, when disconnected, its state.
 */
export function keyMetadata(key: KeyRecord, keyStore?: CustomKeyStoreRecord): KeyMetadataOutput {
  const state = effectiveKeyState(key, keyStore);
  const imported = key.materials[0]?.imported;
  return {
    AWSAccountId: key.AWSAccountId,
    KeyId: key.KeyId,
    Arn: key.Arn,
    CreationDate: epochSeconds(key.CreationDate),
    Enabled: state === 'Enabled',
    Description: key.Description,
    KeyUsage: key.KeyUsage,
    KeyState: state,
    DeletionDate: key.DeletionDate === undefined ? undefined : epochSeconds(key.DeletionDate),
    ValidTo: imported?.validTo === undefined ? undefined : epochSeconds(imported.validTo),
    Origin: key.Origin,
    CustomKeyStoreId: key.CustomKeyStoreId,
    CloudHsmClusterId: keyStore?.CloudHsmClusterId,
    ExpirationModel: imported?.expirationModel,
    KeyManager: key.KeyManager,
    // The deprecated member has no values for the specs AWS added after deprecating it.
    CustomerMasterKeySpec: customerMasterKeySpecValues.find((spec) => spec === key.KeySpec),
    KeySpec: key.KeySpec,
    EncryptionAlgorithms: key.EncryptionAlgorithms,
    SigningAlgorithms: key.SigningAlgorithms,
    KeyAgreementAlgorithms: key.KeyAgreementAlgorithms,
    MultiRegion: key.MultiRegion,
    MultiRegionConfiguration: undefined,
    // AWS reports the window only for multi-Region replicas pending deletion, which QKMS never has.
    PendingDeletionWindowInDays: undefined,
    MacAlgorithms: key.MacAlgorithms,
    XksKeyConfiguration: key.XksKeyId === undefined ? undefined : { Id: key.XksKeyId },
    // A key awaiting imported material has none.
    CurrentKeyMaterialId: key.materials.length === 0 ? undefined : currentMaterial(key).id,
  };
}

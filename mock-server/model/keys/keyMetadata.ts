import { customerMasterKeySpecValues, type KeyMetadataOutput } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { epochSeconds } from '../paging/epochSeconds';
import { currentMaterial } from './currentMaterial';

/** The KeyMetadata structure of CreateKey and DescribeKey: every member the model has. */
export function keyMetadata(key: KeyRecord): KeyMetadataOutput {
  const imported = key.materials[0]?.imported;
  return {
    AWSAccountId: key.AWSAccountId,
    KeyId: key.KeyId,
    Arn: key.Arn,
    CreationDate: epochSeconds(key.CreationDate),
    Enabled: key.KeyState === 'Enabled',
    Description: key.Description,
    KeyUsage: key.KeyUsage,
    KeyState: key.KeyState,
    DeletionDate: key.DeletionDate === undefined ? undefined : epochSeconds(key.DeletionDate),
    ValidTo: imported?.validTo === undefined ? undefined : epochSeconds(imported.validTo),
    Origin: key.Origin,
    CustomKeyStoreId: undefined,
    CloudHsmClusterId: undefined,
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
    XksKeyConfiguration: undefined,
    // A key awaiting imported material has none.
    CurrentKeyMaterialId: key.materials.length === 0 ? undefined : currentMaterial(key).id,
  };
}

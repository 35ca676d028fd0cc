import { epochSeconds } from './epochSeconds';
import type { KeyRecord } from './KeyRecord';

/** The KeyMetadata structure of CreateKey and DescribeKey. */
export function keyMetadata(key: KeyRecord): object {
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
    Origin: key.Origin,
    KeyManager: key.KeyManager,
    CustomerMasterKeySpec: key.KeySpec,
    KeySpec: key.KeySpec,
    EncryptionAlgorithms: key.EncryptionAlgorithms,
    SigningAlgorithms: key.SigningAlgorithms,
    MacAlgorithms: key.MacAlgorithms,
    KeyAgreementAlgorithms: key.KeyAgreementAlgorithms,
    MultiRegion: key.MultiRegion,
    PendingDeletionWindowInDays: key.PendingDeletionWindowInDays,
  };
}

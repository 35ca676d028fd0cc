import type { KeyUsageType, OperationName } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { HintFailure } from './HintFailure';
import { stringMember } from './inputMembers';
import { namedKeys } from './namedKeys';

/** The key usage each cryptographic operation needs, after AWS's key-usage rules. */
const USAGE_NEEDED: Partial<Record<OperationName, KeyUsageType>> = {
  Encrypt: 'ENCRYPT_DECRYPT',
  Decrypt: 'ENCRYPT_DECRYPT',
  ReEncrypt: 'ENCRYPT_DECRYPT',
  GenerateDataKey: 'ENCRYPT_DECRYPT',
  GenerateDataKeyWithoutPlaintext: 'ENCRYPT_DECRYPT',
  GenerateDataKeyPair: 'ENCRYPT_DECRYPT',
  GenerateDataKeyPairWithoutPlaintext: 'ENCRYPT_DECRYPT',
  Sign: 'SIGN_VERIFY',
  Verify: 'SIGN_VERIFY',
  GenerateMac: 'GENERATE_VERIFY_MAC',
  VerifyMac: 'GENERATE_VERIFY_MAC',
  DeriveSharedSecret: 'KEY_AGREEMENT',
};

/** The algorithm member an operation names, and the key's list of algorithms it must be in. */
const ALGORITHM_MEMBERS: readonly (readonly [string, (key: KeyRecord) => readonly string[] | undefined])[] = [
  ['EncryptionAlgorithm', (key) => key.EncryptionAlgorithms],
  ['SourceEncryptionAlgorithm', (key) => key.EncryptionAlgorithms],
  ['DestinationEncryptionAlgorithm', (key) => key.EncryptionAlgorithms],
  ['SigningAlgorithm', (key) => key.SigningAlgorithms],
  ['MacAlgorithm', (key) => key.MacAlgorithms],
  ['KeyAgreementAlgorithm', (key) => key.KeyAgreementAlgorithms],
];

/** InvalidKeyUsageException: the key's usage and spec against what the operation needs, or the algorithms the key supports. */
export async function keyUsageHint(failure: HintFailure): Promise<string | undefined> {
  const needed = USAGE_NEEDED[failure.operation];
  const keys = await namedKeys(failure);
  const wrongUsage = keys.find(({ key }) => needed !== undefined && key.KeyUsage !== needed);
  if (wrongUsage !== undefined && needed !== undefined) {
    const { member, key } = wrongUsage;
    return `${member} names key ${key.KeyId}, a ${key.KeySpec} key with KeyUsage ${key.KeyUsage}; ${failure.operation} needs a key with KeyUsage ${needed}.`;
  }
  for (const [algorithmMember, supported] of ALGORITHM_MEMBERS) {
    const asked = stringMember(failure.input, algorithmMember);
    for (const { member, key } of keys) {
      const list = supported(key);
      if (asked !== undefined && list !== undefined && !list.includes(asked)) {
        return `${member} names key ${key.KeyId}, a ${key.KeySpec} key that supports ${list.join(', ')}, not ${asked}.`;
      }
    }
  }
  return undefined;
}

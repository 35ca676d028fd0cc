import { generatedKeyPairSpecs } from '../../crypto/generatedKeyPairSpecs';
import {
  customerMasterKeySpecValues,
  encryptionAlgorithmSpecValues,
  signingAlgorithmSpecValues,
  type OperationName,
} from '../../spec';
import { creatableKeySpecs } from '../keys/keySpecs';
import { wrappingAlgorithms, wrappingKeySpecs } from '../keys/wrappingAlgorithms';

/** No SM2 key can exist in QKMS (China Regions only), so its algorithms never apply. */
const encryptionAlgorithms = encryptionAlgorithmSpecValues.filter((algorithm) => algorithm !== 'SM2PKE');
const signingAlgorithms = signingAlgorithmSpecValues.filter((algorithm) => algorithm !== 'SM2DSA');

/**
 * Enum members for which QKMS takes fewer values than the model lists, by operation: the rule checks
 * refuse the others (each list is derived from what those checks read), and the reference tables show
 * only these and mark the rest. ReEncrypt works between symmetric encryption keys only; QKMS makes its
 * own key material; SM2 exists only in the AWS China Regions.
 */
export const acceptedValues: Readonly<Partial<Record<OperationName, Readonly<Record<string, readonly string[]>>>>> = {
  ReEncrypt: {
    SourceEncryptionAlgorithm: ['SYMMETRIC_DEFAULT'],
    DestinationEncryptionAlgorithm: ['SYMMETRIC_DEFAULT'],
  },
  CreateKey: {
    KeySpec: creatableKeySpecs,
    CustomerMasterKeySpec: customerMasterKeySpecValues.filter((spec) => creatableKeySpecs.includes(spec)),
    Origin: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
  },
  Encrypt: { EncryptionAlgorithm: encryptionAlgorithms },
  Decrypt: { EncryptionAlgorithm: encryptionAlgorithms },
  Sign: { SigningAlgorithm: signingAlgorithms },
  Verify: { SigningAlgorithm: signingAlgorithms },
  GenerateDataKeyPair: { KeyPairSpec: generatedKeyPairSpecs },
  GenerateDataKeyPairWithoutPlaintext: { KeyPairSpec: generatedKeyPairSpecs },
  GetParametersForImport: { WrappingAlgorithm: wrappingAlgorithms, WrappingKeySpec: wrappingKeySpecs },
};

/** The values QKMS takes for a member, or undefined when it takes every value the model lists. */
export const acceptedValuesOf = (operation: OperationName, member: string): readonly string[] | undefined =>
  acceptedValues[operation]?.[member];

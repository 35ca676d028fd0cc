import type { KeyRecord } from './KeyRecord';
import type { GrantOperation } from './wireTypes';

const ANY_KEY: readonly GrantOperation[] = ['CreateGrant', 'RetireGrant', 'DescribeKey'];

/** The grant operations that make sense for a key, as KMS restricts them by key spec and usage. */
export function grantOperationsFor(key: KeyRecord): readonly GrantOperation[] {
  switch (key.KeyUsage) {
    case 'ENCRYPT_DECRYPT':
      return key.KeySpec === 'SYMMETRIC_DEFAULT'
        ? [
            'Decrypt',
            'Encrypt',
            'GenerateDataKey',
            'GenerateDataKeyWithoutPlaintext',
            'ReEncryptFrom',
            'ReEncryptTo',
            'GenerateDataKeyPair',
            'GenerateDataKeyPairWithoutPlaintext',
            ...ANY_KEY,
          ]
        : ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey', ...ANY_KEY];
    case 'SIGN_VERIFY':
      return ['Sign', 'Verify', 'GetPublicKey', ...ANY_KEY];
    case 'GENERATE_VERIFY_MAC':
      return ['GenerateMac', 'VerifyMac', ...ANY_KEY];
    case 'KEY_AGREEMENT':
      return ['DeriveSharedSecret', 'GetPublicKey', ...ANY_KEY];
  }
}

import { CreateKeyCommand, DescribeKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { KEY_ARN_PATTERN, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('CreateKey through the AWS SDK', () => {
  it.each([
    { KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] },
    { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT', EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] },
    { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['ECDSA_SHA_256'] },
    { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', MacAlgorithms: ['HMAC_SHA_256'] },
  ] as const)('creates an enabled $KeySpec key for $KeyUsage and describes it by id and ARN', async (expected) => {
    const created = await server.kms.send(
      new CreateKeyCommand({ KeySpec: expected.KeySpec, KeyUsage: expected.KeyUsage, Description: `a ${expected.KeySpec} key` }),
    );
    const metadata = created.KeyMetadata!;
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(metadata).toMatchObject({
      KeySpec: expected.KeySpec,
      KeyUsage: expected.KeyUsage,
      KeyState: 'Enabled',
      Enabled: true,
      Description: `a ${expected.KeySpec} key`,
      AWSAccountId: '111122223333',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
    });
    expect(metadata.Arn).toMatch(KEY_ARN_PATTERN);
    expect(metadata.Arn).toBe(keyArn(metadata.KeyId!));
    expect(metadata.CreationDate).toBeInstanceOf(Date);
    if ('EncryptionAlgorithms' in expected) expect(metadata.EncryptionAlgorithms).toEqual(expected.EncryptionAlgorithms);
    if ('SigningAlgorithms' in expected) expect(metadata.SigningAlgorithms).toEqual(expected.SigningAlgorithms);
    if ('MacAlgorithms' in expected) expect(metadata.MacAlgorithms).toEqual(expected.MacAlgorithms);

    const byId = await server.kms.send(new DescribeKeyCommand({ KeyId: metadata.KeyId }));
    const byArn = await server.kms.send(new DescribeKeyCommand({ KeyId: metadata.Arn }));
    expect(byId.KeyMetadata).toEqual(metadata);
    expect(byArn.KeyMetadata).toEqual(metadata);
  });
});

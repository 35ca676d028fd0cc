import { randomBytes } from 'node:crypto';
import {
  CreateKeyCommand,
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GetParametersForImportCommand,
  ImportKeyMaterialCommand,
  KMSInvalidStateException,
} from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { wrapKeyMaterial } from '../../support/wrapKeyMaterial';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, text } from '../support/sdkHelpers';

const server = useSandboxServer();

async function importMaterial(kms: KMSClient, KeyId: string, material: Uint8Array): Promise<void> {
  const { ImportToken, PublicKey } = await kms.send(
    new GetParametersForImportCommand({ KeyId, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' }),
  );
  await kms.send(new ImportKeyMaterialCommand({ KeyId, ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(PublicKey!, 'RSA_AES_KEY_WRAP_SHA_256', material) }));
}

describe('DeleteImportedKeyMaterial through the AWS SDK', () => {
  it('makes the key PendingImport until the same material is imported again, after which old ciphertexts decrypt', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }));
    const KeyId = KeyMetadata!.KeyId!;
    const material = randomBytes(32);
    await importMaterial(server.kms, KeyId, material);
    const { CiphertextBlob } = await server.kms.send(new EncryptCommand({ KeyId, Plaintext: bytes('before deletion') }));

    const deleted = await server.kms.send(new DeleteImportedKeyMaterialCommand({ KeyId }));
    expect(deleted.KeyId).toBe(KeyMetadata!.Arn);
    expect((await server.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata?.KeyState).toBe('PendingImport');
    await expectKmsError(server.kms.send(new DecryptCommand({ CiphertextBlob })), KMSInvalidStateException, 400);

    await importMaterial(server.kms, KeyId, material);
    expect(text((await server.kms.send(new DecryptCommand({ CiphertextBlob }))).Plaintext)).toBe('before deletion');
  });
});

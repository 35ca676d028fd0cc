import { randomBytes } from 'node:crypto';
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  ExpiredImportTokenException,
  GetParametersForImportCommand,
  ImportKeyMaterialCommand,
  IncorrectKeyMaterialException,
  InvalidCiphertextException,
  InvalidImportTokenException,
} from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { IMPORT_KEY_ID } from '../../support/sandbox';
import { wrapKeyMaterial, type WrappingAlgorithm } from '../../support/wrapKeyMaterial';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, text } from '../support/sdkHelpers';

const server = useSandboxServer();
/** A second server whose clock the expiry test moves. */
let now = Date.UTC(2026, 2, 1);
const clocked = useSandboxServer({ qkms: { clock: () => new Date(now) } });

async function externalKey(kms: KMSClient): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }));
  return KeyMetadata!.KeyId!;
}

async function parameters(kms: KMSClient, KeyId: string, WrappingAlgorithm: WrappingAlgorithm) {
  return kms.send(new GetParametersForImportCommand({ KeyId, WrappingAlgorithm, WrappingKeySpec: 'RSA_2048' }));
}

describe('ImportKeyMaterial through the AWS SDK', () => {
  it.each<WrappingAlgorithm>(['RSAES_OAEP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256'])(
    'imports material wrapped by node:crypto with %s; QKMS then encrypts and decrypts with it',
    async (algorithm) => {
      const KeyId = await externalKey(server.kms);
      const { ImportToken, PublicKey } = await parameters(server.kms, KeyId, algorithm);
      const imported = await server.kms.send(
        new ImportKeyMaterialCommand({ KeyId, ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(PublicKey!, algorithm, randomBytes(32)) }),
      );
      expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
      expect((await server.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata).toMatchObject({ KeyState: 'Enabled', Origin: 'EXTERNAL' });
      const { CiphertextBlob } = await server.kms.send(new EncryptCommand({ KeyId, Plaintext: bytes('my own key') }));
      const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob }));
      expect(text(decrypted.Plaintext)).toBe('my own key');
      expect(decrypted.KeyMaterialId).toBe(imported.KeyMaterialId);
    },
  );

  it('answers IncorrectKeyMaterialException for other material than the key’s', async () => {
    const KeyId = await externalKey(server.kms);
    const first = await parameters(server.kms, KeyId, 'RSAES_OAEP_SHA_256');
    await server.kms.send(
      new ImportKeyMaterialCommand({ KeyId, ImportToken: first.ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(first.PublicKey!, 'RSAES_OAEP_SHA_256', randomBytes(32)) }),
    );
    await expectKmsError(
      server.kms.send(
        new ImportKeyMaterialCommand({ KeyId, ImportToken: first.ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(first.PublicKey!, 'RSAES_OAEP_SHA_256', randomBytes(32)) }),
      ),
      IncorrectKeyMaterialException,
      400,
    );
  });

  it('answers InvalidImportTokenException for another key’s token and InvalidCiphertextException for a wrong wrapping', async () => {
    const KeyId = await externalKey(server.kms);
    const theirs = await parameters(server.kms, IMPORT_KEY_ID, 'RSAES_OAEP_SHA_256');
    await expectKmsError(
      server.kms.send(
        new ImportKeyMaterialCommand({ KeyId, ImportToken: theirs.ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(theirs.PublicKey!, 'RSAES_OAEP_SHA_256', randomBytes(32)) }),
      ),
      InvalidImportTokenException,
      400,
    );
    const mine = await parameters(server.kms, KeyId, 'RSA_AES_KEY_WRAP_SHA_1');
    await expectKmsError(
      server.kms.send(
        new ImportKeyMaterialCommand({ KeyId, ImportToken: mine.ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(mine.PublicKey!, 'RSAES_OAEP_SHA_1', randomBytes(32)) }),
      ),
      InvalidCiphertextException,
      400,
    );
  });

  it('answers ExpiredImportTokenException once the server’s clock is 24 hours past GetParametersForImport', async () => {
    const KeyId = await externalKey(clocked.kms);
    const { ImportToken, PublicKey } = await parameters(clocked.kms, KeyId, 'RSAES_OAEP_SHA_256');
    now += 24 * 3600 * 1000;
    const error = await expectKmsError(
      clocked.kms.send(new ImportKeyMaterialCommand({ KeyId, ImportToken, EncryptedKeyMaterial: wrapKeyMaterial(PublicKey!, 'RSAES_OAEP_SHA_256', randomBytes(32)) })),
      ExpiredImportTokenException,
      400,
    );
    expect(error.message).toContain('Call GetParametersForImport for a new public key and import token.');
  });
});

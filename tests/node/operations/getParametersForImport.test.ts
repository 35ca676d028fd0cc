import { createPublicKey } from 'node:crypto';
import { CreateKeyCommand, GetParametersForImportCommand, UnsupportedOperationException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GetParametersForImport through the AWS SDK', () => {
  it('returns an RSA_3072 public key the SDK hands back as DER bytes, an import token and a date 24 hours ahead', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }));
    const before = Date.now();
    const reply = await server.kms.send(
      new GetParametersForImportCommand({ KeyId: KeyMetadata!.KeyId!, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_3072' }),
    );
    expect(reply.KeyId).toBe(KeyMetadata!.Arn);
    expect(reply.ImportToken?.length).toBeGreaterThan(0);
    const publicKey = createPublicKey({ key: Buffer.from(reply.PublicKey!), format: 'der', type: 'spki' });
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    const validTo = reply.ParametersValidTo!.getTime();
    expect(validTo - before).toBeGreaterThan(24 * 3600 * 1000 - 60_000);
    expect(validTo - before).toBeLessThanOrEqual(24 * 3600 * 1000 + 60_000);
  });

  it('answers UnsupportedOperationException for a key whose material QKMS made', async () => {
    await expectKmsError(
      server.kms.send(new GetParametersForImportCommand({ KeyId: EXAMPLE_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' })),
      UnsupportedOperationException,
      400,
    );
  });
});

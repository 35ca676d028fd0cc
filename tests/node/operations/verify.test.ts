import { KMSInvalidSignatureException, SignCommand, VerifyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, createKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('Verify through the AWS SDK', () => {
  it('Verify answers SignatureValid true, and KMSInvalidSignatureException for another message', async () => {
    const KeyId = await createKey(server.kms, 'ML_DSA_44', 'SIGN_VERIFY');
    const { Signature } = await server.kms.send(new SignCommand({ KeyId, Message: bytes('m'), SigningAlgorithm: 'ML_DSA_SHAKE_256' }));
    const valid = await server.kms.send(new VerifyCommand({ KeyId, Message: bytes('m'), Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' }));
    expect(valid.SignatureValid).toBe(true);
    await expectKmsError(
      server.kms.send(new VerifyCommand({ KeyId, Message: bytes('n'), Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' })),
      KMSInvalidSignatureException,
      400,
    );
  });
});

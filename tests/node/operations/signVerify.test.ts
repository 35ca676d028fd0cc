import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import {
  GetPublicKeyCommand,
  KMSInvalidSignatureException,
  SignCommand,
  UnsupportedOperationException,
  VerifyCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn, SIGNING_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, createKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('Sign, Verify and GetPublicKey through the AWS SDK', () => {
  it('Sign gives a DER ECDSA signature that node:crypto verifies with the GetPublicKey SPKI', async () => {
    const signed = await server.kms.send(new SignCommand({ KeyId: SIGNING_KEY_ID, Message: bytes('sdk'), SigningAlgorithm: 'ECDSA_SHA_256' }));
    expect(signed.KeyId).toBe(keyArn(SIGNING_KEY_ID));
    const { PublicKey, KeySpec, SigningAlgorithms } = await server.kms.send(new GetPublicKeyCommand({ KeyId: SIGNING_KEY_ID }));
    expect({ KeySpec, SigningAlgorithms }).toEqual({ KeySpec: 'ECC_NIST_P256', SigningAlgorithms: ['ECDSA_SHA_256'] });
    const key = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
    expect(nodeVerify('sha256', bytes('sdk'), key, signed.Signature!)).toBe(true);
  });

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

  it('GetPublicKey answers UnsupportedOperationException for a symmetric key', async () => {
    await expectKmsError(server.kms.send(new GetPublicKeyCommand({ KeyId: EXAMPLE_KEY_ID })), UnsupportedOperationException, 400);
  });
});

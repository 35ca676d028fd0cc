import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, SIGNING_KEY_ID } from '../../support/sandbox';
import { bytes } from '../support/sdkHelpers';

import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('Sign through the AWS SDK', () => {
  it('Sign gives a DER ECDSA signature that node:crypto verifies with the GetPublicKey SPKI', async () => {
    const signed = await server.kms.send(new SignCommand({ KeyId: SIGNING_KEY_ID, Message: bytes('sdk'), SigningAlgorithm: 'ECDSA_SHA_256' }));
    expect(signed.KeyId).toBe(keyArn(SIGNING_KEY_ID));
    const { PublicKey, KeySpec, SigningAlgorithms } = await server.kms.send(new GetPublicKeyCommand({ KeyId: SIGNING_KEY_ID }));
    expect({ KeySpec, SigningAlgorithms }).toEqual({ KeySpec: 'ECC_NIST_P256', SigningAlgorithms: ['ECDSA_SHA_256'] });
    const key = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
    expect(nodeVerify('sha256', bytes('sdk'), key, signed.Signature!)).toBe(true);
  });
});

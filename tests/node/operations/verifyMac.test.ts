import { GenerateMacCommand, KMSInvalidMacException, VerifyMacCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { MAC_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('VerifyMac through the AWS SDK', () => {
  it('VerifyMac answers MacValid true, and KMSInvalidMacException for another message', async () => {
    const { Mac } = await server.kms.send(new GenerateMacCommand({ KeyId: MAC_KEY_ID, Message: bytes('m'), MacAlgorithm: 'HMAC_SHA_256' }));
    const valid = await server.kms.send(new VerifyMacCommand({ KeyId: MAC_KEY_ID, Message: bytes('m'), Mac, MacAlgorithm: 'HMAC_SHA_256' }));
    expect(valid.MacValid).toBe(true);
    await expectKmsError(
      server.kms.send(new VerifyMacCommand({ KeyId: MAC_KEY_ID, Message: bytes('n'), Mac, MacAlgorithm: 'HMAC_SHA_256' })),
      KMSInvalidMacException,
      400,
    );
  });
});

import { UnsupportedOperationException, UpdatePrimaryRegionCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('UpdatePrimaryRegion through the AWS SDK', () => {
  it('raises UnsupportedOperationException whose message says QKMS has no Regions', async () => {
    const error = await expectKmsError(
      server.kms.send(new UpdatePrimaryRegionCommand({ KeyId: EXAMPLE_KEY_ID, PrimaryRegion: 'eu-west-1' })),
      UnsupportedOperationException,
      400,
    );
    expect(error.message).toContain('is not a multi-Region key');
  });
});

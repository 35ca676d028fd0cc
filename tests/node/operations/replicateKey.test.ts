import { NotFoundException, ReplicateKeyCommand, UnsupportedOperationException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('ReplicateKey through the AWS SDK', () => {
  it('raises UnsupportedOperationException whose message says QKMS has no Regions', async () => {
    const error = await expectKmsError(
      server.kms.send(new ReplicateKeyCommand({ KeyId: EXAMPLE_KEY_ID, ReplicaRegion: 'us-west-2' })),
      UnsupportedOperationException,
      400,
    );
    expect(error.message).toContain('QKMS has no Regions');
  });

  it('raises NotFoundException for a key that does not exist', async () => {
    await expectKmsError(
      server.kms.send(new ReplicateKeyCommand({ KeyId: '11111111-2222-3333-4444-555555555555', ReplicaRegion: 'us-west-2' })),
      NotFoundException,
      400,
    );
  });
});

import { DescribeKeyCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('DescribeKey through the AWS SDK', () => {
  it('describes the seeded example key', async () => {
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: EXAMPLE_KEY_ID }));
    expect(KeyMetadata).toMatchObject({
      KeyId: EXAMPLE_KEY_ID,
      Arn: keyArn(EXAMPLE_KEY_ID),
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
  });

  it('returns NotFoundException given an unknown key id', async () => {
    await expectKmsError(
      server.kms.send(new DescribeKeyCommand({ KeyId: '00000000-0000-0000-0000-000000000000' })),
      NotFoundException,
      400,
    );
  });
});

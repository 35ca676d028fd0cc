import { InvalidArnException, InvalidMarkerException, ListResourceTagsCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('ListResourceTags through the AWS SDK', () => {
  it('lists the seeded tags one page at a time', async () => {
    const first = await server.kms.send(new ListResourceTagsCommand({ KeyId: 'alias/ExampleAlias', Limit: 1 }));
    expect(first).toMatchObject({ Tags: [{ TagKey: 'Project', TagValue: 'QKMS docs' }], NextMarker: 'Environment', Truncated: true });
    const second = await server.kms.send(new ListResourceTagsCommand({ KeyId: EXAMPLE_KEY_ID, Limit: 1, Marker: first.NextMarker }));
    expect(second).toMatchObject({ Tags: [{ TagKey: 'Environment', TagValue: 'Sandbox' }], Truncated: false });
  });

  it('raises InvalidMarkerException, NotFoundException and InvalidArnException', async () => {
    await expectKmsError(server.kms.send(new ListResourceTagsCommand({ KeyId: EXAMPLE_KEY_ID, Marker: 'Nope' })), InvalidMarkerException, 400);
    await expectKmsError(server.kms.send(new ListResourceTagsCommand({ KeyId: 'alias/sdk-none' })), NotFoundException, 400);
    await expectKmsError(server.kms.send(new ListResourceTagsCommand({ KeyId: 'arn:verenc:key/x' })), InvalidArnException, 400);
  });
});

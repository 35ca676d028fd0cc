import { DecryptCommand, GetKeyLastUsageCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { encrypt, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('GetKeyLastUsage through the AWS SDK', () => {
  it('reports nothing for an unused key, then the last operation and its request id', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const unused = await server.kms.send(new GetKeyLastUsageCommand({ KeyId: keyId }));
    expect(unused.KeyId).toBe(keyId);
    expect(unused.KeyLastUsage).toBeUndefined();
    expect(unused.TrackingStartDate?.getTime()).toBe(unused.KeyCreationDate?.getTime());
    const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob: await encrypt(server.kms, keyId) }));
    const used = await server.kms.send(new GetKeyLastUsageCommand({ KeyId: keyId }));
    expect(used.KeyLastUsage).toMatchObject({ Operation: 'Decrypt', KmsRequestId: decrypted.$metadata.requestId });
    expect(used.KeyLastUsage?.Timestamp).toBeInstanceOf(Date);
  });

  it('answers NotFoundException for an alias, which GetKeyLastUsage does not take', async () => {
    await expectKmsError(server.kms.send(new GetKeyLastUsageCommand({ KeyId: 'alias/ExampleAlias' })), NotFoundException, 400);
  });
});

import {
  DependencyTimeoutException,
  EncryptCommand,
  KMSInternalException,
  KeyUnavailableException,
  ReEncryptCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../support/sandbox';
import { expectKmsError } from './support/expectKmsError';
import { kmsClient } from './support/kmsClient';
import { useSandboxServer } from './support/sandboxServer';
import { encrypt } from './support/sdkHelpers';

/* X-Qkms-Sandbox-Fault: the 5xx errors a reader's SDK code must handle, on demand from a server started with faults. */

const server = useSandboxServer();
const faulty = useSandboxServer({ faults: true });

describe('ReEncrypt server faults through the AWS SDK and X-Qkms-Sandbox-Fault', () => {
  it.each([
    { name: 'DependencyTimeoutException', exception: DependencyTimeoutException, status: 503 },
    { name: 'KeyUnavailableException', exception: KeyUnavailableException, status: 500 },
    { name: 'KMSInternalException', exception: KMSInternalException, status: 500 },
  ])('returns $name with HTTP $status when the fault header asks for it', async ({ name, exception, status }) => {
    const client = kmsClient(faulty.url, { fault: name });
    const plain = kmsClient(faulty.url);
    try {
      const { CiphertextBlob } = await plain.send(
        new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: new TextEncoder().encode('x') }),
      );
      await expectKmsError(
        client.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: SECOND_KEY_ID })),
        exception,
        status,
      );
    } finally {
      client.destroy();
      plain.destroy();
    }
  });

  it('ignores the fault header on a server started without faults', async () => {
    const client = kmsClient(server.url, { fault: 'KMSInternalException' });
    try {
      const result = await client.send(
        new ReEncryptCommand({ CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID), DestinationKeyId: SECOND_KEY_ID }),
      );
      expect(result.KeyId).toBe(keyArn(SECOND_KEY_ID));
    } finally {
      client.destroy();
    }
  });
});

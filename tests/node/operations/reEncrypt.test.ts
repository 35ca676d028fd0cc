import {
  CreateKeyCommand,
  DependencyTimeoutException,
  DisableKeyCommand,
  DisabledException,
  EncryptCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  InvalidGrantTokenException,
  InvalidKeyUsageException,
  KMSInternalException,
  KMSInvalidStateException,
  KeyUnavailableException,
  NotFoundException,
  ReEncryptCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import type { KMSClient, KeySpec, KeyUsageType } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../mock-server/node/startServer';
import { expectKmsError } from '../support/expectKmsError';
import { kmsClient } from '../support/kmsClient';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../../support/sandbox';
import { startTestServer } from '../support/startTestServer';

let server: RunningServer;
let kms: KMSClient;

beforeAll(async () => {
  server = await startTestServer();
  kms = kmsClient(server.url);
});

afterAll(async () => {
  kms.destroy();
  await server.close();
});

async function createKey(KeySpec: KeySpec = 'SYMMETRIC_DEFAULT', KeyUsage: KeyUsageType = 'ENCRYPT_DECRYPT'): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec, KeyUsage }));
  return KeyMetadata!.KeyId!;
}

async function encrypt(keyId: string, context?: Record<string, string>): Promise<Uint8Array> {
  const { CiphertextBlob } = await kms.send(
    new EncryptCommand({ KeyId: keyId, Plaintext: new TextEncoder().encode('re-encrypt me'), EncryptionContext: context }),
  );
  return CiphertextBlob!;
}

describe('ReEncrypt errors through the AWS SDK', () => {
  it('returns DisabledException when the source key is disabled', async () => {
    const source = await createKey();
    const ciphertext = await encrypt(source);
    await kms.send(new DisableKeyCommand({ KeyId: source }));
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: ciphertext, DestinationKeyId: EXAMPLE_KEY_ID })),
      DisabledException,
      400,
    );
  });

  it('returns DisabledException when the destination key is disabled', async () => {
    const destination = await createKey();
    await kms.send(new DisableKeyCommand({ KeyId: destination }));
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(EXAMPLE_KEY_ID), DestinationKeyId: destination })),
      DisabledException,
      400,
    );
  });

  it('returns InvalidCiphertextException given a ciphertext with one byte flipped', async () => {
    const tampered = Uint8Array.from(await encrypt(EXAMPLE_KEY_ID));
    tampered[tampered.length - 5] ^= 0x01;
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: tampered, DestinationKeyId: SECOND_KEY_ID })),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidCiphertextException given the wrong source encryption context', async () => {
    const ciphertext = await encrypt(EXAMPLE_KEY_ID, { ab: 'c' });
    await expectKmsError(
      kms.send(
        new ReEncryptCommand({ CiphertextBlob: ciphertext, SourceEncryptionContext: { a: 'bc' }, DestinationKeyId: SECOND_KEY_ID }),
      ),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidCiphertextException given bytes that are not a QKMS ciphertext', async () => {
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: new TextEncoder().encode('not a ciphertext'), DestinationKeyId: SECOND_KEY_ID })),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidGrantTokenException given a malformed grant token', async () => {
    await expectKmsError(
      kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(EXAMPLE_KEY_ID),
          DestinationKeyId: SECOND_KEY_ID,
          GrantTokens: ['not-a-grant-token'],
        }),
      ),
      InvalidGrantTokenException,
      400,
    );
  });

  it('returns InvalidKeyUsageException when the destination key is for signing', async () => {
    const signingKey = await createKey('ECC_NIST_P256', 'SIGN_VERIFY');
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(EXAMPLE_KEY_ID), DestinationKeyId: signingKey })),
      InvalidKeyUsageException,
      400,
    );
  });

  it('returns KMSInvalidStateException when the source key is pending deletion', async () => {
    const source = await createKey();
    const ciphertext = await encrypt(source);
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: source, PendingWindowInDays: 7 }));
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: ciphertext, DestinationKeyId: EXAMPLE_KEY_ID })),
      KMSInvalidStateException,
      400,
    );
  });

  it('returns KMSInvalidStateException when the destination key is pending deletion', async () => {
    const destination = await createKey();
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: destination, PendingWindowInDays: 7 }));
    await expectKmsError(
      kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(EXAMPLE_KEY_ID), DestinationKeyId: destination })),
      KMSInvalidStateException,
      400,
    );
  });

  it('returns NotFoundException given an unknown destination key', async () => {
    await expectKmsError(
      kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(EXAMPLE_KEY_ID),
          DestinationKeyId: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
        }),
      ),
      NotFoundException,
      400,
    );
  });

  it('returns IncorrectKeyException when SourceKeyId names another key than the ciphertext', async () => {
    const error = await expectKmsError(
      kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(EXAMPLE_KEY_ID),
          SourceKeyId: SECOND_KEY_ID,
          DestinationKeyId: SECOND_KEY_ID,
        }),
      ),
      IncorrectKeyException,
      400,
    );
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('accepts SourceKeyId given as the key ARN of the ciphertext key', async () => {
    const result = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: await encrypt(EXAMPLE_KEY_ID),
        SourceKeyId: keyArn(EXAMPLE_KEY_ID),
        DestinationKeyId: SECOND_KEY_ID,
      }),
    );
    expect(result.SourceKeyId).toBe(keyArn(EXAMPLE_KEY_ID));
  });
});

describe('ReEncrypt server faults through the AWS SDK and X-Qkms-Sandbox-Fault', () => {
  let faulty: RunningServer;

  beforeAll(async () => {
    faulty = await startTestServer({ faults: true });
  });

  afterAll(async () => {
    await faulty.close();
  });

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
        new ReEncryptCommand({ CiphertextBlob: await encrypt(EXAMPLE_KEY_ID), DestinationKeyId: SECOND_KEY_ID }),
      );
      expect(result.KeyId).toBe(keyArn(SECOND_KEY_ID));
    } finally {
      client.destroy();
    }
  });
});

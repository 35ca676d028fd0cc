import {
  DecryptCommand,
  DisableKeyCommand,
  DisabledException,
  EncryptCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  InvalidGrantTokenException,
  InvalidKeyUsageException,
  KMSInvalidStateException,
  NotFoundException,
  ReEncryptCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, createKey, encrypt, text } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('ReEncrypt through the AWS SDK', () => {
  it('re-encrypts from one key to another so that only the new context decrypts it', async () => {
    const encrypted = await server.kms.send(
      new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('moving house'), EncryptionContext: { stage: 'old' } }),
    );
    const reEncrypted = await server.kms.send(
      new ReEncryptCommand({
        CiphertextBlob: encrypted.CiphertextBlob,
        SourceKeyId: EXAMPLE_KEY_ID,
        SourceEncryptionContext: { stage: 'old' },
        DestinationKeyId: SECOND_KEY_ID,
        DestinationEncryptionContext: { stage: 'new' },
      }),
    );
    expect(reEncrypted).toMatchObject({
      SourceKeyId: keyArn(EXAMPLE_KEY_ID),
      KeyId: keyArn(SECOND_KEY_ID),
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    const decrypted = await server.kms.send(
      new DecryptCommand({ CiphertextBlob: reEncrypted.CiphertextBlob, EncryptionContext: { stage: 'new' } }),
    );
    expect(text(decrypted.Plaintext)).toBe('moving house');
    expect(decrypted.KeyId).toBe(keyArn(SECOND_KEY_ID));
  });
});

describe('ReEncrypt errors through the AWS SDK', () => {
  it('returns DisabledException when the source key is disabled', async () => {
    const source = await createKey(server.kms);
    const ciphertext = await encrypt(server.kms, source);
    await server.kms.send(new DisableKeyCommand({ KeyId: source }));
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: ciphertext, DestinationKeyId: EXAMPLE_KEY_ID })),
      DisabledException,
      400,
    );
  });

  it('returns DisabledException when the destination key is disabled', async () => {
    const destination = await createKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: destination }));
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID), DestinationKeyId: destination })),
      DisabledException,
      400,
    );
  });

  it('returns InvalidCiphertextException given a ciphertext with one byte flipped', async () => {
    const tampered = Uint8Array.from(await encrypt(server.kms, EXAMPLE_KEY_ID));
    tampered[tampered.length - 5] ^= 0x01;
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: tampered, DestinationKeyId: SECOND_KEY_ID })),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidCiphertextException given the wrong source encryption context', async () => {
    const ciphertext = await encrypt(server.kms, EXAMPLE_KEY_ID, { ab: 'c' });
    await expectKmsError(
      server.kms.send(
        new ReEncryptCommand({ CiphertextBlob: ciphertext, SourceEncryptionContext: { a: 'bc' }, DestinationKeyId: SECOND_KEY_ID }),
      ),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidCiphertextException given bytes that are not a QKMS ciphertext', async () => {
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: new TextEncoder().encode('not a ciphertext'), DestinationKeyId: SECOND_KEY_ID })),
      InvalidCiphertextException,
      400,
    );
  });

  it('returns InvalidGrantTokenException given a malformed grant token', async () => {
    await expectKmsError(
      server.kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID),
          DestinationKeyId: SECOND_KEY_ID,
          GrantTokens: ['not-a-grant-token'],
        }),
      ),
      InvalidGrantTokenException,
      400,
    );
  });

  it('returns InvalidKeyUsageException when the destination key is for signing', async () => {
    const signingKey = await createKey(server.kms, 'ECC_NIST_P256', 'SIGN_VERIFY');
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID), DestinationKeyId: signingKey })),
      InvalidKeyUsageException,
      400,
    );
  });

  it('returns KMSInvalidStateException when the source key is pending deletion', async () => {
    const source = await createKey(server.kms);
    const ciphertext = await encrypt(server.kms, source);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: source, PendingWindowInDays: 7 }));
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: ciphertext, DestinationKeyId: EXAMPLE_KEY_ID })),
      KMSInvalidStateException,
      400,
    );
  });

  it('returns KMSInvalidStateException when the destination key is pending deletion', async () => {
    const destination = await createKey(server.kms);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: destination, PendingWindowInDays: 7 }));
    await expectKmsError(
      server.kms.send(new ReEncryptCommand({ CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID), DestinationKeyId: destination })),
      KMSInvalidStateException,
      400,
    );
  });

  it('returns NotFoundException given an unknown destination key', async () => {
    await expectKmsError(
      server.kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID),
          DestinationKeyId: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
        }),
      ),
      NotFoundException,
      400,
    );
  });

  it('returns IncorrectKeyException when SourceKeyId names another key than the ciphertext', async () => {
    const error = await expectKmsError(
      server.kms.send(
        new ReEncryptCommand({
          CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID),
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
    const result = await server.kms.send(
      new ReEncryptCommand({
        CiphertextBlob: await encrypt(server.kms, EXAMPLE_KEY_ID),
        SourceKeyId: keyArn(EXAMPLE_KEY_ID),
        DestinationKeyId: SECOND_KEY_ID,
      }),
    );
    expect(result.SourceKeyId).toBe(keyArn(EXAMPLE_KEY_ID));
  });
});

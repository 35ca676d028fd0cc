import {
  DecryptCommand,
  EncryptCommand,
  ListKeyRotationsCommand,
  RotateKeyOnDemandCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../support/sandbox';
import { useSandboxServer } from './support/sandboxServer';
import { bytes, newSymmetricKey, text } from './support/sdkHelpers';

/* Encrypt, rotate, encrypt again: old ciphertexts still decrypt, new ones use the new material. */

const server = useSandboxServer();

describe('rotation through the AWS SDK', () => {
  it('rotates on demand, lists the rotation, and still decrypts what the old material encrypted', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const old = await server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('before rotation') }));
    expect((await server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId }))).Rotations).toEqual([]);

    const rotated = await server.kms.send(new RotateKeyOnDemandCommand({ KeyId: keyId }));
    expect(rotated.KeyId).toBe(keyArn(keyId));

    const { Rotations, Truncated } = await server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId }));
    expect(Truncated).toBe(false);
    expect(Rotations).toEqual([expect.objectContaining({ KeyId: keyArn(keyId), RotationType: 'ON_DEMAND' })]);
    expect(Rotations![0].RotationDate).toBeInstanceOf(Date);

    const fresh = await server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('after rotation') }));
    expect(text((await server.kms.send(new DecryptCommand({ CiphertextBlob: old.CiphertextBlob }))).Plaintext)).toBe('before rotation');
    expect(text((await server.kms.send(new DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob }))).Plaintext)).toBe('after rotation');
  });
});

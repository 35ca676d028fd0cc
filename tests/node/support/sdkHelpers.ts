import { CreateKeyCommand, EncryptCommand } from '@aws-sdk/client-kms';
import type { KMSClient, KeySpec, KeyUsageType } from '@aws-sdk/client-kms';

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
export const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);

/** A new enabled symmetric key, for tests that change a key's state or grants without touching the seeded ones. */
export async function newSymmetricKey(kms: KMSClient): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'node suite' }));
  return KeyMetadata!.KeyId!;
}

/** A new key of `KeySpec` for `KeyUsage`. */
export async function createKey(
  kms: KMSClient,
  KeySpec: KeySpec = 'SYMMETRIC_DEFAULT',
  KeyUsage: KeyUsageType = 'ENCRYPT_DECRYPT',
): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec, KeyUsage }));
  return KeyMetadata!.KeyId!;
}

/** The ciphertext of 're-encrypt me' under `keyId`, bound to `context`. */
export async function encrypt(kms: KMSClient, keyId: string, context?: Record<string, string>): Promise<Uint8Array> {
  const { CiphertextBlob } = await kms.send(
    new EncryptCommand({ KeyId: keyId, Plaintext: new TextEncoder().encode('re-encrypt me'), EncryptionContext: context }),
  );
  return CiphertextBlob!;
}

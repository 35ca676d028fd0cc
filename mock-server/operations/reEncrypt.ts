import { ciphertextSource } from '../model/keys/ciphertextSource';
import { dryRunCiphertext } from '../model/keys/dryRunCiphertext';
import { acceptedValuesOf } from '../model/rules/acceptedValues';
import { sealCiphertext } from '../model/keys/sealCiphertext';
import { usableKey } from '../model/keys/usableKey';
import { invalidKeyUsage } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** Decrypts and re-encrypts inside the service; the plaintext never leaves this function. */
export const reEncrypt: Operation<'ReEncrypt'> = async (input, ctx) => {
  const sourceAlgorithm = input.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const destinationAlgorithm = input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  for (const [member, algorithm] of [
    ['SourceEncryptionAlgorithm', sourceAlgorithm],
    ['DestinationEncryptionAlgorithm', destinationAlgorithm],
  ] as const) {
    const accepted = acceptedValuesOf('ReEncrypt', member) ?? [];
    if (!accepted.includes(algorithm)) {
      throw invalidKeyUsage(
        `QKMS re-encrypts between symmetric encryption keys only: ${member} must be ${accepted.join(' or ')}; got ${algorithm}.`,
      );
    }
  }
  const source = await ciphertextSource(ctx, {
    blob: input.CiphertextBlob,
    keyId: input.SourceKeyId,
    context: input.SourceEncryptionContext,
    algorithm: sourceAlgorithm,
    action: 'ReEncryptFrom',
    symmetricOnly: true,
  });
  const { key: destination } = await usableKey(ctx, input.DestinationKeyId, {
    action: 'ReEncryptTo',
    symmetricOnly: true,
    encryptionAlgorithm: destinationAlgorithm,
    context: input.DestinationEncryptionContext,
  });
  if (input.DryRun) await dryRunCiphertext(source, input.DryRunModifiers);
  const plaintext = await source.open();
  const sealed = await sealCiphertext(ctx, destination, plaintext, input.DestinationEncryptionContext, destinationAlgorithm);
  return {
    CiphertextBlob: sealed.ciphertext,
    SourceKeyId: source.key.Arn,
    KeyId: destination.Arn,
    SourceEncryptionAlgorithm: sourceAlgorithm,
    DestinationEncryptionAlgorithm: destinationAlgorithm,
    SourceKeyMaterialId: source.materialId,
    DestinationKeyMaterialId: sealed.materialId,
  };
};

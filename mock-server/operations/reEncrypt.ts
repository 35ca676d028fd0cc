import { authorize } from '../model/authorize';
import { openCiphertext } from '../model/openCiphertext';
import { requireSymmetricEncryptionKey } from '../model/requireEncryptionKey';
import { resolveKey } from '../model/resolveKey';
import { sealCiphertext } from '../model/sealCiphertext';
import type { EncryptionAlgorithm, EncryptionContext } from '../model/wireTypes';
import { decodeBlob } from '../protocol/decodeBlob';
import { dryRunOperation, invalidKeyUsage } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface ReEncryptInput {
  readonly CiphertextBlob: string;
  readonly SourceEncryptionContext?: EncryptionContext;
  readonly SourceKeyId?: string;
  readonly DestinationKeyId: string;
  readonly DestinationEncryptionContext?: EncryptionContext;
  readonly SourceEncryptionAlgorithm?: EncryptionAlgorithm;
  readonly DestinationEncryptionAlgorithm?: EncryptionAlgorithm;
  readonly DryRun?: boolean;
}

/** Decrypts and re-encrypts inside the service; the plaintext never leaves this function. */
export const reEncrypt = defineOperation<ReEncryptInput>(async (input, ctx) => {
  const blob = decodeBlob(input.CiphertextBlob);
  const sourceAlgorithm = input.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const destinationAlgorithm = input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const source = await openCiphertext(ctx, {
    blob,
    keyId: input.SourceKeyId,
    context: input.SourceEncryptionContext,
    algorithm: sourceAlgorithm,
    action: 'ReEncryptFrom',
  });
  const destination = await resolveKey(ctx, input.DestinationKeyId);
  requireSymmetricEncryptionKey(ctx, destination);
  if (destinationAlgorithm !== 'SYMMETRIC_DEFAULT') {
    throw invalidKeyUsage(
      `The encryption algorithm ${destinationAlgorithm} is not valid for ${destination.Arn} (SYMMETRIC_DEFAULT); it supports SYMMETRIC_DEFAULT.`,
    );
  }
  await authorize(ctx, destination, 'ReEncryptTo', input.DestinationEncryptionContext);
  if (input.DryRun) throw dryRunOperation();
  const CiphertextBlob = await sealCiphertext(
    ctx,
    destination,
    source.plaintext,
    input.DestinationEncryptionContext,
    destinationAlgorithm,
  );
  return {
    CiphertextBlob,
    SourceKeyId: source.key.Arn,
    KeyId: destination.Arn,
    SourceEncryptionAlgorithm: sourceAlgorithm,
    DestinationEncryptionAlgorithm: destinationAlgorithm,
  };
});

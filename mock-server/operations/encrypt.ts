import { authorize } from '../model/authorize';
import { requireEncryptionKey } from '../model/requireEncryptionKey';
import { resolveKey } from '../model/resolveKey';
import { sealCiphertext } from '../model/sealCiphertext';
import type { EncryptionAlgorithm, EncryptionContext } from '../model/wireTypes';
import { decodeBlob } from '../protocol/decodeBlob';
import { dryRunOperation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface EncryptInput {
  readonly KeyId: string;
  readonly Plaintext: string;
  readonly EncryptionContext?: EncryptionContext;
  readonly EncryptionAlgorithm?: EncryptionAlgorithm;
  readonly DryRun?: boolean;
}

export const encrypt = defineOperation<EncryptInput>(async (input, ctx) => {
  const plaintext = decodeBlob(input.Plaintext);
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const key = await resolveKey(ctx, input.KeyId);
  requireEncryptionKey(ctx, key, algorithm);
  await authorize(ctx, key, 'Encrypt', input.EncryptionContext);
  if (input.DryRun) throw dryRunOperation();
  const CiphertextBlob = await sealCiphertext(ctx, key, plaintext, input.EncryptionContext, algorithm);
  return { CiphertextBlob, KeyId: key.Arn, EncryptionAlgorithm: algorithm };
});

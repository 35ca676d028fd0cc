import { openCiphertext } from '../model/openCiphertext';
import type { EncryptionAlgorithm, EncryptionContext } from '../model/wireTypes';
import { decodeBlob } from '../protocol/decodeBlob';
import { dryRunOperation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface DecryptInput {
  readonly CiphertextBlob: string;
  readonly EncryptionContext?: EncryptionContext;
  readonly KeyId?: string;
  readonly EncryptionAlgorithm?: EncryptionAlgorithm;
  readonly DryRun?: boolean;
}

export const decrypt = defineOperation<DecryptInput>(async (input, ctx) => {
  const blob = decodeBlob(input.CiphertextBlob);
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const { key, plaintext } = await openCiphertext(ctx, {
    blob,
    keyId: input.KeyId,
    context: input.EncryptionContext,
    algorithm,
    action: 'Decrypt',
  });
  if (input.DryRun) throw dryRunOperation();
  return { KeyId: key.Arn, Plaintext: plaintext, EncryptionAlgorithm: algorithm };
});

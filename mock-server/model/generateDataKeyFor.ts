import type { Bytes } from '../crypto/Bytes';
import { dryRunOperation, validation } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import { authorize } from './authorize';
import type { KeyRecord } from './KeyRecord';
import { requireSymmetricEncryptionKey } from './requireEncryptionKey';
import { resolveKey } from './resolveKey';
import { sealCiphertext } from './sealCiphertext';
import type { EncryptionContext } from './wireTypes';

export interface DataKeyInput {
  readonly KeyId: string;
  readonly EncryptionContext?: EncryptionContext;
  readonly NumberOfBytes?: number;
  readonly KeySpec?: 'AES_256' | 'AES_128';
  readonly DryRun?: boolean;
}

export interface DataKey {
  readonly key: KeyRecord;
  readonly plaintext: Bytes;
  readonly ciphertext: Bytes;
}

const SPEC_BYTES = { AES_256: 32, AES_128: 16 } as const;

/** The shared body of GenerateDataKey and GenerateDataKeyWithoutPlaintext. */
export async function generateDataKeyFor(ctx: Context, input: DataKeyInput, action: string): Promise<DataKey> {
  if ((input.NumberOfBytes === undefined) === (input.KeySpec === undefined)) {
    throw validation('Please specify either number of bytes or key spec, not both and not neither.');
  }
  const length = input.KeySpec ? SPEC_BYTES[input.KeySpec] : (input.NumberOfBytes ?? 0);
  const key = await resolveKey(ctx, input.KeyId);
  requireSymmetricEncryptionKey(ctx, key);
  await authorize(ctx, key, action, input.EncryptionContext);
  if (input.DryRun) throw dryRunOperation();
  const plaintext = ctx.random(length);
  const ciphertext = await sealCiphertext(ctx, key, plaintext, input.EncryptionContext, 'SYMMETRIC_DEFAULT');
  return { key, plaintext, ciphertext };
}

import type { Bytes, DataKeySpec, EncryptionContext } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { validation } from '../../wire/errors';
import { sealCiphertext } from './sealCiphertext';
import { usableKey } from './usableKey';

export interface DataKeyRequest {
  readonly KeyId: string;
  readonly EncryptionContext?: EncryptionContext;
  readonly NumberOfBytes?: number;
  readonly KeySpec?: DataKeySpec;
}

export interface DataKey {
  readonly plaintext: Bytes;
  readonly ciphertext: Bytes;
  readonly materialId: string;
}

const SPEC_BYTES: Readonly<Record<DataKeySpec, number>> = { AES_256: 32, AES_128: 16 };

/**
 * GenerateDataKey's and GenerateDataKeyWithoutPlaintext's rule check and usable key; `generate`
 * is their act step, run after the DryRun check.
 */
export async function dataKeyFor(
  ctx: Context,
  request: DataKeyRequest,
  action: 'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext',
): Promise<{ readonly key: KeyRecord; readonly generate: () => Promise<DataKey> }> {
  if ((request.NumberOfBytes === undefined) === (request.KeySpec === undefined)) {
    throw validation('Please specify either number of bytes or key spec, not both and not neither.');
  }
  const length = request.KeySpec ? SPEC_BYTES[request.KeySpec] : (request.NumberOfBytes ?? 0);
  const { key } = await usableKey(ctx, request.KeyId, { action, symmetricOnly: true, context: request.EncryptionContext });
  const generate = async (): Promise<DataKey> => {
    const plaintext = ctx.random(length);
    const sealed = await sealCiphertext(ctx, key, plaintext, request.EncryptionContext, 'SYMMETRIC_DEFAULT');
    return { plaintext, ciphertext: sealed.ciphertext, materialId: sealed.materialId };
  };
  return { key, generate };
}

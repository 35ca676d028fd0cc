import { dataKeyPairGenerators, type DerKeyPair } from '../../crypto/dataKeyPairGenerators';
import { generatedKeyPairSpecs, type GeneratedKeyPairSpec } from '../../crypto/generatedKeyPairSpecs';
import type { Bytes, DataKeyPairSpec, EncryptionContext } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { unsupportedOperation } from '../../wire/errors';
import { sealCiphertext } from './sealCiphertext';
import { usableKey } from './usableKey';

export interface DataKeyPairRequest {
  readonly KeyId: string;
  readonly KeyPairSpec: DataKeyPairSpec;
  readonly EncryptionContext?: EncryptionContext;
}

export interface DataKeyPair extends DerKeyPair {
  /** The PKCS#8 private key sealed under the KMS key, bound to the request's encryption context. */
  readonly privateKeyCiphertext: Bytes;
  readonly materialId: string;
}

const isGenerated = (spec: DataKeyPairSpec): spec is GeneratedKeyPairSpec =>
  generatedKeyPairSpecs.some((generated) => generated === spec);

/**
 * GenerateDataKeyPair's and GenerateDataKeyPairWithoutPlaintext's rule check and usable key (a
 * symmetric encryption key, as for GenerateDataKey); `generate` is their act step, run after DryRun.
 */
export async function dataKeyPairFor(
  ctx: Context,
  request: DataKeyPairRequest,
  action: 'GenerateDataKeyPair' | 'GenerateDataKeyPairWithoutPlaintext',
): Promise<{ readonly key: KeyRecord; readonly generate: () => Promise<DataKeyPair> }> {
  const spec = request.KeyPairSpec;
  if (!isGenerated(spec)) {
    throw unsupportedOperation(`${spec} data key pairs exist only in the AWS China Regions, which QKMS does not model.`);
  }
  const generator = dataKeyPairGenerators[spec];
  const { key } = await usableKey(ctx, request.KeyId, {
    action,
    symmetricOnly: true,
    context: request.EncryptionContext,
    conditions: { 'kms:DataKeyPairSpec': spec },
  });
  const generate = async (): Promise<DataKeyPair> => {
    const pair = await generator();
    const sealed = await sealCiphertext(ctx, key, pair.privateKey, request.EncryptionContext, 'SYMMETRIC_DEFAULT');
    return { ...pair, privateKeyCiphertext: sealed.ciphertext, materialId: sealed.materialId };
  };
  return { key, generate };
}

import { wrappingKeyPair } from '../crypto/wrappingKeyPair';
import { IMPORT_PARAMETERS_LIFETIME_MS, importToken, IMPORT_TOKEN_HANDLE_BYTES } from '../model/keys/importToken';
import { requireExternalKey } from '../model/keys/requireExternalKey';
import { usableKey } from '../model/keys/usableKey';
import {
  isQkmsWrappingAlgorithm,
  isQkmsWrappingKeySpec,
  WRAPPING_ALGORITHMS,
  WRAPPING_KEY_BITS,
  wrappingAlgorithms,
  wrappingKeySpecs,
} from '../model/keys/wrappingAlgorithms';
import { epochSeconds } from '../model/paging/epochSeconds';
import type { KeyRecord } from '../store/records/KeyRecord';
import { unsupportedOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** How many parameters a key remembers, so an old token still answers ExpiredImportTokenException, not InvalidImportTokenException. */
const KEPT_PARAMETERS = 10;

/**
 * A fresh RSA wrapping key pair and an import token naming the key and the pair. Earlier parameters stay
 * usable until they expire, as in KMS; the key keeps the last few.
 */
export const getParametersForImport: Operation<'GetParametersForImport'> = async (input, ctx) => {
  const algorithm = input.WrappingAlgorithm;
  if (!isQkmsWrappingAlgorithm(algorithm)) {
    const why =
      algorithm === 'SM2PKE'
        ? 'SM2PKE is offered only in the AWS China Regions.'
        : 'AWS KMS no longer supports RSAES_PKCS1_V1_5 (since October 10, 2023).';
    throw unsupportedOperation(`${why} WrappingAlgorithm must be one of ${wrappingAlgorithms.join(', ')}.`);
  }
  const spec = input.WrappingKeySpec;
  if (!isQkmsWrappingKeySpec(spec)) {
    throw unsupportedOperation(`SM2 wrapping keys are offered only in the AWS China Regions. WrappingKeySpec must be one of ${wrappingKeySpecs.join(', ')}.`);
  }
  const { key } = await usableKey(ctx, input.KeyId, { action: 'GetParametersForImport' });
  requireExternalKey(ctx, key);

  const now = ctx.now().getTime();
  const pair = await wrappingKeyPair(WRAPPING_KEY_BITS[spec], WRAPPING_ALGORITHMS[algorithm].hash);
  const handle = ctx.random(IMPORT_TOKEN_HANDLE_BYTES);
  const validTo = now + IMPORT_PARAMETERS_LIFETIME_MS;
  const updated: KeyRecord = {
    ...key,
    importParameters: [
      ...(key.importParameters ?? []).slice(1 - KEPT_PARAMETERS),
      { handle, wrappingAlgorithm: algorithm, wrappingKeySpec: spec, privateKey: pair.privateKey, validTo },
    ],
  };
  await ctx.store.put('keys', key.KeyId, updated);
  return {
    KeyId: key.Arn,
    ImportToken: importToken(key.KeyId, handle),
    PublicKey: pair.spki,
    ParametersValidTo: epochSeconds(validTo),
  };
};

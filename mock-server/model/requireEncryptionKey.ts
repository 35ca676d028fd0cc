import { invalidKeyUsage } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import type { KeyRecord } from './KeyRecord';
import type { EncryptionAlgorithm } from './wireTypes';

/** A key that can encrypt with `algorithm`, else InvalidKeyUsageException naming what the key can do. */
export function requireEncryptionKey(ctx: Context, key: KeyRecord, algorithm: EncryptionAlgorithm): void {
  if (key.KeyUsage !== 'ENCRYPT_DECRYPT') {
    throw invalidKeyUsage(`${key.Arn} key usage is ${key.KeyUsage} which is not valid for ${ctx.operation}.`);
  }
  const supported = key.EncryptionAlgorithms ?? [];
  if (!supported.includes(algorithm)) {
    throw invalidKeyUsage(
      `The encryption algorithm ${algorithm} is not valid for ${key.Arn} (${key.KeySpec}); it supports ${supported.join(', ')}.`,
    );
  }
}

/** Operations that only symmetric encryption keys can do (data keys, ReEncrypt's destination). */
export function requireSymmetricEncryptionKey(ctx: Context, key: KeyRecord): void {
  if (key.KeyUsage !== 'ENCRYPT_DECRYPT' || key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    throw invalidKeyUsage(
      `${key.Arn} is a ${key.KeySpec} key with key usage ${key.KeyUsage}; ${ctx.operation} needs a SYMMETRIC_DEFAULT key with key usage ENCRYPT_DECRYPT.`,
    );
  }
}

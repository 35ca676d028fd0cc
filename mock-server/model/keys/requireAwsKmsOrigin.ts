import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { unsupportedOperation } from '../../wire/errors';

/**
 * Automatic rotation is for keys whose material KMS made (Origin AWS_KMS), as in AWS KMS: not for
 * imported key material (EXTERNAL) or keys in a custom key store.
 */
export function requireAwsKmsOrigin(ctx: Context, key: KeyRecord): void {
  const origin: string = key.Origin;
  if (origin === 'AWS_KMS') return;
  throw unsupportedOperation(`${key.Arn} has Origin ${origin}; ${ctx.operation} supports only keys with Origin AWS_KMS.`);
}

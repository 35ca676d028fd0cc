import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { unsupportedOperation } from '../../wire/errors';

/** The import operations work only on keys created for imported material (Origin EXTERNAL), as in KMS. */
export function requireExternalKey(ctx: Context, key: KeyRecord): void {
  if (key.Origin === 'EXTERNAL') return;
  throw unsupportedOperation(
    `${key.Arn} has Origin ${key.Origin}; ${ctx.operation} works only on keys created with Origin EXTERNAL.`,
  );
}

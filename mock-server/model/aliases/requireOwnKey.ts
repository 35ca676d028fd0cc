import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { notFound } from '../../wire/errors';

/**
 * An alias and its key live in one account, the caller's, as in AWS KMS: a key policy that lets another
 * account use a key does not let it name the key (else the alias would land in the key's account, or point
 * at a key its own account does not have).
 */
export function requireOwnKey(ctx: Context, key: KeyRecord, member: string): void {
  if (key.AWSAccountId === ctx.callerAccount) return;
  throw notFound(
    `${member} ${key.Arn} is a key of account ${key.AWSAccountId}; ${ctx.operation} takes a key of the caller's account (${ctx.callerAccount}).`,
  );
}

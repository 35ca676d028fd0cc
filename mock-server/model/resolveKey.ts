import { operationSpecs } from '../spec';
import { invalidArn, notFound } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import { isUuid } from '../crypto/uuidBytes';
import { ARN_PARTITION, aliasArn, keyArn } from './account';
import type { AliasRecord } from './AliasRecord';
import type { KeyRecord } from './KeyRecord';
import { keyStateError } from './keyStateRules';

const ARN = /^arn:([^:]*):([^:]*):(key|alias)\/(.+)$/;

export interface ResolveOptions {
  /** Check the key state against the operation's rules (default true). */
  readonly checkState?: boolean;
}

/**
 * The one way an operation turns a KeyId parameter (key id, key ARN, alias name or alias ARN)
 * into a key: NotFoundException for unknown keys (AWS wording), InvalidArnException for a
 * malformed ARN where the operation has that error, then the key state check.
 */
export async function resolveKey(ctx: Context, keyIdInput: string, options: ResolveOptions = {}): Promise<KeyRecord> {
  const key = await findKey(ctx, keyIdInput);
  if (options.checkState ?? true) {
    const error = keyStateError(ctx.operation, key.Arn, key.KeyState);
    if (error) throw error;
  }
  return key;
}

async function findKey(ctx: Context, input: string): Promise<KeyRecord> {
  if (input.startsWith('arn:')) {
    const match = ARN.exec(input);
    if (!match || match[1] !== ARN_PARTITION || !/^\d{12}$/.test(match[2])) {
      const message = `Invalid arn ${input}`;
      throw operationSpecs[ctx.operation].errors.includes('InvalidArnException') ? invalidArn(message) : notFound(message);
    }
    const [, , account, kind, rest] = match;
    return kind === 'key' ? keyInAccount(ctx, account, rest) : aliasInAccount(ctx, account, `alias/${rest}`);
  }
  if (input.startsWith('alias/')) return aliasInAccount(ctx, ctx.callerAccount, input);
  if (!isUuid(input)) throw notFound(`Invalid keyId '${input}'`);
  return keyInAccount(ctx, ctx.callerAccount, input);
}

async function keyInAccount(ctx: Context, account: string, keyId: string): Promise<KeyRecord> {
  const key = await ctx.store.get<KeyRecord>('keys', keyId);
  if (!key || key.AWSAccountId !== account) throw notFound(`Key '${keyArn(account, keyId)}' does not exist`);
  return key;
}

async function aliasInAccount(ctx: Context, account: string, aliasName: string): Promise<KeyRecord> {
  const alias = await ctx.store.get<AliasRecord>('aliases', aliasName);
  if (!alias || alias.AWSAccountId !== account) throw notFound(`Alias ${aliasArn(account, aliasName)} is not found.`);
  return keyInAccount(ctx, account, alias.TargetKeyId);
}

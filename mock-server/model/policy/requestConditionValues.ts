import type { KeySpec, KeyUsageType } from '../../spec';
import type { Context } from '../../wire/Context';
import type { KeyUse } from '../keys/KeyUse';
import type { ConditionValues } from './ConditionValues';

/** What the condition keys need to know of the key a request uses (CreateKey has no record yet). */
export interface KeyFacts {
  readonly KeySpec: KeySpec;
  readonly KeyUsage: KeyUsageType;
  readonly Origin: string;
  readonly MultiRegion: boolean;
}

/**
 * The condition keys QKMS puts in a request's context. kms:ViaService and kms:GrantIsForAWSResource
 * describe requests AWS services make for a caller; no service calls QKMS, so ViaService is never
 * present and GrantIsForAWSResource is always false.
 */
export function requestConditionValues(ctx: Context, key: KeyFacts, use: KeyUse, requestAlias?: string): ConditionValues {
  const values = new Map<string, readonly string[]>();
  const set = (name: string, value: string | readonly string[] | undefined) => {
    if (value === undefined) return;
    values.set(name.toLowerCase(), typeof value === 'string' ? [value] : value);
  };
  const now = ctx.now();
  set('aws:PrincipalArn', ctx.caller);
  set('aws:PrincipalAccount', ctx.callerAccount);
  set('aws:CurrentTime', now.toISOString());
  set('aws:EpochTime', String(Math.floor(now.getTime() / 1000)));
  set('kms:CallerAccount', ctx.callerAccount);
  set('kms:KeySpec', key.KeySpec);
  set('kms:KeyUsage', key.KeyUsage);
  set('kms:KeyOrigin', key.Origin);
  set('kms:MultiRegion', String(key.MultiRegion));
  set('kms:EncryptionAlgorithm', use.encryptionAlgorithm);
  set('kms:SigningAlgorithm', use.signingAlgorithm);
  set('kms:MacAlgorithm', use.macAlgorithm);
  set('kms:RequestAlias', requestAlias);
  if (use.context !== undefined) {
    for (const [name, value] of Object.entries(use.context)) set(`kms:EncryptionContext:${name}`, value);
    set('kms:EncryptionContextKeys', Object.keys(use.context));
  }
  for (const [name, value] of Object.entries(use.conditions ?? {})) set(name, value);
  return values;
}

import { operationSpecs } from '../../spec';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { invalidKeyUsage, unsupportedOperation } from '../../wire/errors';
import { ARN_PARTITION } from '../identity/account';
import { effectiveKeyState } from '../keyStores/effectiveKeyState';
import { keyStoreOf } from '../keyStores/keyStoreOf';
import { authorize, type Authorization } from '../policy/authorize';
import { findKey } from './findKey';
import type { KeyUse } from './KeyUse';
import { usageProfile } from './keySpecs';
import { keyStateError } from './keyStateRules';

export interface UsableKey {
  readonly key: KeyRecord;
  readonly authorization: Authorization;
  /** The custom key store the key lives in, if any. */
  readonly keyStore?: CustomKeyStoreRecord;
}

/**
 * The one step from a key reference to a key the operation may use: resolve the identifier (key id,
 * key ARN, alias name, alias ARN — or take the key a ciphertext names), check its state for the
 * operation, its usage and algorithm against the key-spec table, then authorize the caller (key
 * policy, grants, grant tokens). Every operation that touches a key goes through here, which is also
 * how the request knows which keys it used (for GetKeyLastUsage).
 */
export async function usableKey(ctx: Context, reference: string | KeyRecord, use: KeyUse): Promise<UsableKey> {
  const key = typeof reference === 'string' ? await findKey(ctx, reference) : reference;
  // A key in a custom key store that is not connected is Unavailable whatever its own state.
  const keyStore = await keyStoreOf(ctx, key);
  const stateError = keyStateError(ctx.operation, key.Arn, effectiveKeyState(key, keyStore));
  if (stateError) throw stateError;
  checkUsage(ctx, key, use);
  const authorization = await authorize(ctx, key, use, typeof reference === 'string' ? aliasNameIn(reference) : undefined);
  ctx.noteKeyUse(key);
  return { key, authorization, keyStore };
}

const ALIAS_ARN = new RegExp(`^arn:${ARN_PARTITION}:\\d{12}:(alias/.+)$`);

/** The alias name a key reference uses (kms:RequestAlias), from an alias name or an alias ARN. */
function aliasNameIn(reference: string): string | undefined {
  if (reference.startsWith('alias/')) return reference;
  return ALIAS_ARN.exec(reference)?.[1];
}

function checkUsage(ctx: Context, key: KeyRecord, use: KeyUse): void {
  if (use.symmetricOnly && key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    const message = `${key.Arn} is a ${key.KeySpec} key with key usage ${key.KeyUsage}; ${ctx.operation} needs a SYMMETRIC_DEFAULT key with key usage ENCRYPT_DECRYPT.`;
    // Key management operations answer UnsupportedOperationException here; cryptographic ones
    // InvalidKeyUsageException, even those that can also answer UnsupportedOperationException
    // for another reason (GenerateDataKeyPair, for a KeyPairSpec).
    const errors = operationSpecs[ctx.operation].errors;
    throw errors.includes('UnsupportedOperationException') && !errors.includes('InvalidKeyUsageException')
      ? unsupportedOperation(message)
      : invalidKeyUsage(message);
  }
  if (use.usage !== undefined && key.KeyUsage !== use.usage) {
    throw invalidKeyUsage(`${key.Arn} key usage is ${key.KeyUsage} which is not valid for ${ctx.operation}.`);
  }
  if (use.encryptionAlgorithm !== undefined) {
    const supported = usageProfile(key.KeySpec, key.KeyUsage)?.encryptionAlgorithms ?? [];
    if (!supported.includes(use.encryptionAlgorithm)) {
      throw invalidKeyUsage(
        `The encryption algorithm ${use.encryptionAlgorithm} is not valid for ${key.Arn} (${key.KeySpec}); it supports ${supported.join(', ')}.`,
      );
    }
  }
  if (use.signingAlgorithm !== undefined) {
    const supported = usageProfile(key.KeySpec, key.KeyUsage)?.signingAlgorithms ?? [];
    if (!supported.includes(use.signingAlgorithm)) {
      throw invalidKeyUsage(
        `The signing algorithm ${use.signingAlgorithm} is not valid for ${key.Arn} (${key.KeySpec}); it supports ${supported.join(', ')}.`,
      );
    }
  }
  if (use.macAlgorithm !== undefined) {
    const supported = usageProfile(key.KeySpec, key.KeyUsage)?.macAlgorithms ?? [];
    if (!supported.includes(use.macAlgorithm)) {
      throw invalidKeyUsage(`The MAC algorithm ${use.macAlgorithm} is not valid for ${key.Arn} (${key.KeySpec}); it supports ${supported.join(', ')}.`);
    }
  }
}


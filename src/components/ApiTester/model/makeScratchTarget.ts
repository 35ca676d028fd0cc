import { EXAMPLE_GRANTEE } from '../../../../mock-server';
import { isJsonObject } from '../../../json/isJsonObject';
import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import type { SharedTarget } from './sharedTarget';

/** Sends one request to the sandbox and resolves to its JSON answer; rejects with the error's type and message. */
export type SandboxCall = (operation: string, body: JsonObject) => Promise<JsonObject>;

export interface ScratchResult {
  /** The request body with the scratch resource in place of the example one. */
  readonly body: JsonObject;
  /** What was made, for the tester's notice. */
  readonly notice: string;
}

/** Operations whose example resource cannot be copied by a click: imported material needs a wrapped key; custom key stores, a proxy or cluster. */
const NO_SCRATCH = new Set(['ImportKeyMaterial', 'DeleteImportedKeyMaterial', 'DeleteCustomKeyStore', 'DisconnectCustomKeyStore', 'UpdateCustomKeyStore']);

export function hasScratch(operation: string, target: SharedTarget): boolean {
  return !NO_SCRATCH.has(operation) && target.kind !== 'custom key store';
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function metadataOf(answer: JsonObject): JsonObject {
  const metadata = answer.KeyMetadata;
  return isJsonObject(metadata) ? metadata : {};
}

/** A new key like the example one (same spec and usage), ready for the operation: CancelKeyDeletion needs one pending deletion. */
async function scratchKey(call: SandboxCall, operation: string, like: string | undefined, body: JsonObject): Promise<JsonObject> {
  const example = like === undefined ? {} : metadataOf(await call('DescribeKey', { KeyId: like }));
  const tagKeys = Array.isArray(body.TagKeys) ? body.TagKeys.filter((key): key is string => typeof key === 'string') : [];
  const created = metadataOf(
    await call('CreateKey', {
      Description: `Scratch key for ${operation}, made by the tester`,
      ...(typeof example.KeySpec === 'string' ? { KeySpec: example.KeySpec } : {}),
      ...(typeof example.KeyUsage === 'string' ? { KeyUsage: example.KeyUsage } : {}),
      // UntagResource has something to remove.
      ...(operation === 'UntagResource' && tagKeys.length > 0 ? { Tags: tagKeys.map((TagKey) => ({ TagKey, TagValue: 'scratch' })) } : {}),
    }),
  );
  if (operation === 'CancelKeyDeletion') await call('ScheduleKeyDeletion', { KeyId: stringOf(created.KeyId), PendingWindowInDays: 7 });
  return created;
}

/** The body names the key the way the example did: by ARN when it used one, by id otherwise. */
const sameForm = (example: unknown, metadata: JsonObject): string =>
  stringOf(example).startsWith('arn:') ? stringOf(metadata.Arn) : stringOf(metadata.KeyId);

/**
 * Makes a fresh resource of the kind the request would change — a key like the example key, a grant on
 * a scratch key, an alias of a scratch key — and returns the body aimed at it instead of the example.
 */
export async function makeScratchTarget(call: SandboxCall, operation: string, target: SharedTarget, body: JsonObject): Promise<ScratchResult> {
  switch (target.kind) {
    case 'key': {
      const key = await scratchKey(call, operation, target.value, body);
      return { body: { ...body, KeyId: sameForm(body.KeyId, key) }, notice: `Made scratch key ${stringOf(key.KeyId)} and put it into KeyId: the example key stays as other pages expect it.` };
    }
    case 'grant': {
      const key = await scratchKey(call, operation, undefined, body);
      const grant = await call('CreateGrant', { KeyId: stringOf(key.KeyId), GranteePrincipal: EXAMPLE_GRANTEE, Operations: ['Decrypt'] });
      const next: Record<string, JsonValue> = { ...body, ...('KeyId' in body ? { KeyId: sameForm(body.KeyId, key) } : {}) };
      if ('GrantId' in body || !('GrantToken' in body)) next.GrantId = stringOf(grant.GrantId);
      if ('GrantToken' in body) next.GrantToken = stringOf(grant.GrantToken);
      return { body: next, notice: `Made scratch grant ${stringOf(grant.GrantId)} on scratch key ${stringOf(key.KeyId)}: the example grant stays as other pages expect it.` };
    }
    case 'alias': {
      const key = await scratchKey(call, operation, undefined, body);
      const AliasName = `alias/scratch-${stringOf(key.KeyId).slice(0, 8)}`;
      await call('CreateAlias', { AliasName, TargetKeyId: stringOf(key.KeyId) });
      return { body: { ...body, AliasName }, notice: `Made scratch alias ${AliasName} for scratch key ${stringOf(key.KeyId)}: the example alias stays as other pages expect it.` };
    }
    case 'custom key store':
      throw new Error(`The sandbox cannot make a scratch custom key store for ${operation}.`);
  }
}

import { generateMaterial } from '../crypto/generateMaterial';
import { uuidFromRandom } from '../crypto/uuidBytes';
import { keyArn } from '../model/account';
import type { KeyRecord, Tag } from '../model/KeyRecord';
import { keyAlgorithms, isSupportedKeySpec, SUPPORTED_KEY_SPECS, validUsages } from '../model/keySpecRules';
import { keyMetadata } from '../model/keyMetadata';
import { parseStatements, policyDecision } from '../model/policyDecision';
import type { KeySpec, KeyUsage } from '../model/wireTypes';
import { malformedPolicy, tagError, unsupportedOperation, validation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface CreateKeyInput {
  readonly Policy?: string;
  readonly Description?: string;
  readonly KeyUsage?: KeyUsage;
  readonly CustomerMasterKeySpec?: KeySpec;
  readonly KeySpec?: KeySpec;
  readonly Origin?: 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';
  readonly CustomKeyStoreId?: string;
  readonly BypassPolicyLockoutSafetyCheck?: boolean;
  readonly Tags?: readonly Tag[];
  readonly MultiRegion?: boolean;
  readonly XksKeyId?: string;
}

export const createKey = defineOperation<CreateKeyInput>(async (input, ctx) => {
  if (input.KeySpec && input.CustomerMasterKeySpec && input.KeySpec !== input.CustomerMasterKeySpec) {
    throw validation(
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    );
  }
  const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  // A spec the sandbox cannot generate is the first thing to say: no KeyUsage would make it work.
  if (!isSupportedKeySpec(spec)) {
    throw unsupportedOperation(
      `The QKMS sandbox creates keys with WebCrypto, which cannot generate ${spec} keys. Supported KeySpec values: ${SUPPORTED_KEY_SPECS.join(', ')}.`,
    );
  }
  if (!validUsages[spec].includes(usage)) {
    throw validation(
      `KeyUsage ${usage} is not valid for KeySpec ${spec}. Valid KeyUsage values for ${spec}: ${validUsages[spec].join(', ')}.`,
    );
  }
  if ((input.Origin ?? 'AWS_KMS') !== 'AWS_KMS' || input.CustomKeyStoreId !== undefined || input.XksKeyId !== undefined) {
    throw unsupportedOperation(
      'QKMS creates key material itself: Origin must be AWS_KMS, and custom key stores (CustomKeyStoreId, XksKeyId) are not available.',
    );
  }
  if (input.MultiRegion) throw unsupportedOperation('QKMS has one region: MultiRegion must be false.');
  const tags = input.Tags ?? [];
  const tagKeys = tags.map((tag) => tag.TagKey);
  if (new Set(tagKeys).size !== tagKeys.length) throw tagError('Tag keys must be unique within a key.');
  if (tagKeys.some((name) => name.toLowerCase().startsWith('aws:'))) throw tagError('Tag keys must not begin with aws:, which is reserved.');
  if (input.Policy !== undefined) {
    if (!parseStatements(input.Policy)) throw malformedPolicy('The key policy is not a JSON policy document with a Statement.');
    const lockedOut = policyDecision(input.Policy, ctx.callerAccount, ctx.caller, 'PutKeyPolicy') !== 'allow';
    if (lockedOut && !input.BypassPolicyLockoutSafetyCheck) {
      throw malformedPolicy('The new key policy will not allow you to update the key policy in the future.');
    }
  }
  const KeyId = uuidFromRandom(ctx.random(16));
  const now = ctx.now().getTime();
  const material = await generateMaterial(spec, usage, 1, now, ctx.random);
  const key: KeyRecord = {
    KeyId,
    Arn: keyArn(ctx.callerAccount, KeyId),
    AWSAccountId: ctx.callerAccount,
    CreationDate: now,
    Description: input.Description ?? '',
    KeyUsage: usage,
    KeySpec: spec,
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    ...keyAlgorithms(spec, usage),
    materials: [material],
    rotations: [],
    tags,
    policy: input.Policy,
  };
  await ctx.store.put('keys', KeyId, key);
  return { KeyMetadata: keyMetadata(key) };
});

import type { CreateKeyInput, KeySpec, KeyUsageType } from '../../spec';
import type { Context } from '../../wire/Context';
import { unsupportedOperation, validation } from '../../wire/errors';
import { checkKeyPolicy } from '../policy/checkKeyPolicy';
import { checkKeyStoreMembers } from '../keyStores/checkKeyStoreMembers';
import { checkTags } from '../tags/checkTags';
import { acceptedValuesOf } from '../rules/acceptedValues';
import { creatableKeySpecs, keySpecs, usagesOf } from './keySpecs';
import { IMPORTABLE_MATERIAL_BYTES } from '../../crypto/importedMaterial';
import { NO_REGIONS } from './noRegions';

/** CreateKey's rule checks on its input, in the order a reader should fix them; the spec and usage to create. */
export function checkNewKey(ctx: Context, input: CreateKeyInput): { readonly spec: KeySpec; readonly usage: KeyUsageType } {
  if (input.KeySpec && input.CustomerMasterKeySpec && input.KeySpec !== input.CustomerMasterKeySpec) {
    throw validation('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.');
  }
  const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  // A spec QKMS cannot make is the first thing to say: no KeyUsage would make it work.
  const { implementation } = keySpecs[spec];
  if (implementation.by === undefined) {
    throw unsupportedOperation(`${implementation.refusal} Key specs QKMS creates: ${creatableKeySpecs.join(', ')}.`);
  }
  if (!usagesOf(spec).includes(usage)) {
    throw validation(`KeyUsage ${usage} is not valid for KeySpec ${spec}. Valid KeyUsage values for ${spec}: ${usagesOf(spec).join(', ')}.`);
  }
  const origins = acceptedValuesOf('CreateKey', 'Origin') ?? [];
  if (!origins.includes(input.Origin ?? 'AWS_KMS')) {
    throw unsupportedOperation(`Origin must be one of ${origins.join(', ')}.`);
  }
  if (input.Origin === 'EXTERNAL' && IMPORTABLE_MATERIAL_BYTES[spec] === undefined) {
    throw unsupportedOperation(
      `QKMS imports key material into SYMMETRIC_DEFAULT and HMAC keys only: Origin EXTERNAL takes no KeySpec ${spec}. Key specs that take imported material: ${Object.keys(IMPORTABLE_MATERIAL_BYTES).join(', ')}.`,
    );
  }
  checkKeyStoreMembers(input, spec, usage);
  if (input.MultiRegion) throw unsupportedOperation(`MultiRegion must be false. ${NO_REGIONS}.`);
  checkTags(input.Tags ?? []);
  if (input.Policy !== undefined) {
    const facts = { KeySpec: spec, KeyUsage: usage, Origin: input.Origin ?? 'AWS_KMS', MultiRegion: false };
    checkKeyPolicy(ctx, input.Policy, facts, input.BypassPolicyLockoutSafetyCheck);
  }
  return { spec, usage };
}

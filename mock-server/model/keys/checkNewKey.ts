import type { CreateKeyInput, KeySpec, KeyUsageType } from '../../spec';
import type { Context } from '../../wire/Context';
import { malformedPolicy, unsupportedOperation, validation } from '../../wire/errors';
import { parseStatements, policyDecision } from '../policy/policyDecision';
import { checkKeyStoreMembers } from '../keyStores/checkKeyStoreMembers';
import { checkTags } from '../tags/checkTags';
import { acceptedValuesOf } from '../rules/acceptedValues';
import { creatableKeySpecs, keySpecs, usagesOf } from './keySpecs';
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
    throw unsupportedOperation(`QKMS creates key material itself: Origin must be one of ${origins.join(', ')}.`);
  }
  checkKeyStoreMembers(input, spec, usage);
  if (input.MultiRegion) throw unsupportedOperation(`MultiRegion must be false. ${NO_REGIONS}.`);
  checkTags(input.Tags ?? []);
  if (input.Policy !== undefined) {
    if (!parseStatements(input.Policy)) throw malformedPolicy('The key policy is not a JSON policy document with a Statement.');
    const lockedOut = policyDecision(input.Policy, ctx.callerAccount, ctx.caller, 'PutKeyPolicy') !== 'allow';
    if (lockedOut && !input.BypassPolicyLockoutSafetyCheck) {
      throw malformedPolicy('The new key policy will not allow you to update the key policy in the future.');
    }
  }
  return { spec, usage };
}

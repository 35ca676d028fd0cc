import type { Context } from '../../wire/Context';
import { malformedPolicy } from '../../wire/errors';
import { evaluatePolicy } from './evaluatePolicy';
import { parsePolicy } from './parsePolicy';
import { requestConditionValues, type KeyFacts } from './requestConditionValues';

/**
 * A new key policy, from PutKeyPolicy or CreateKey: valid, and — unless the caller bypasses the
 * lockout safety check — one that still lets the caller call PutKeyPolicy, so nobody locks
 * themselves out of a key by accident. Grants do not count: a grant can never give PutKeyPolicy.
 */
export function checkKeyPolicy(ctx: Context, text: string, key: KeyFacts, bypassLockoutCheck: boolean | undefined): void {
  const document = parsePolicy(text);
  if (bypassLockoutCheck) return;
  const conditions = () =>
    requestConditionValues(ctx, key, {
      action: 'PutKeyPolicy',
      conditions: { 'kms:BypassPolicyLockoutSafetyCheck': 'false' },
    });
  if (evaluatePolicy(document, { caller: ctx.caller, action: 'PutKeyPolicy', conditions }) !== 'allow') {
    throw malformedPolicy(
      `The new key policy will not allow you to update the key policy in the future: it does not allow ${ctx.caller} kms:PutKeyPolicy. Fix the policy, or set BypassPolicyLockoutSafetyCheck to true if that is what you mean.`,
    );
  }
}

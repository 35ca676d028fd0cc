import { notFound } from '../../wire/errors';

/** A KMS key has one key policy, named default: the only PolicyName there is. */
export const POLICY_NAME = 'default';

/** Refuses a PolicyName other than default (it is optional and means default when absent). */
export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME) {
    throw notFound(`There is no key policy named '${name}': a KMS key has one key policy, named ${POLICY_NAME}.`);
  }
}

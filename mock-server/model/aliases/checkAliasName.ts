import { invalidAliasName, validation } from '../../wire/errors';

const PREFIX = 'alias/';
/** AWS keeps `alias/aws/` for the aliases of AWS managed keys; customers may not create names under it. */
const RESERVED_PREFIX = 'alias/aws/';

/**
 * An alias name's rules beyond the model's pattern and length (which validation already checked):
 * it starts with `alias/` and names something after it. `reserved` adds CreateAlias's refusal of
 * `alias/aws/`; operations on existing aliases simply find no such alias.
 */
export function checkAliasName(aliasName: string, options: { readonly refuseReserved: boolean }): void {
  if (!aliasName.startsWith(PREFIX) || aliasName.length === PREFIX.length) {
    throw validation(`Alias must start with the prefix "${PREFIX}" followed by a name: ${aliasName} does not.`);
  }
  // AWS compares the reserved prefix without regard to case (alias/AWS/ is refused too).
  if (options.refuseReserved && aliasName.toLowerCase().startsWith(RESERVED_PREFIX)) {
    throw invalidAliasName(`Alias ${aliasName} begins with ${RESERVED_PREFIX}, which is reserved for AWS managed keys.`);
  }
}

import type { GrantConstraints } from '../../spec';

/** kms:GrantConstraintType: which constraint kinds a CreateGrant request sets; absent when none. */
export function grantConstraintTypes(constraints: GrantConstraints | undefined): readonly string[] | undefined {
  if (constraints === undefined) return undefined;
  const types = (['EncryptionContextEquals', 'EncryptionContextSubset'] as const).filter((type) => constraints[type] !== undefined);
  return types.length > 0 ? types : undefined;
}

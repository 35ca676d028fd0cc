import type { CreateGrantInput } from '../../spec';
import type { GrantConstraints, GrantRecord } from '../../store/records/GrantRecord';

/** Whether a named CreateGrant repeats `grant`: same key, name, principals, operations and constraints. */
export function sameGrant(grant: GrantRecord, keyArn: string, input: CreateGrantInput): boolean {
  return (
    input.Name !== undefined &&
    grant.KeyId === keyArn &&
    grant.Name === input.Name &&
    grant.GranteePrincipal === input.GranteePrincipal &&
    grant.RetiringPrincipal === input.RetiringPrincipal &&
    sameSet(grant.Operations, input.Operations) &&
    canonical(grant.Constraints) === canonical(input.Constraints)
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
};

/** Constraints as text that ignores the order of their keys, which JSON does not fix. */
function canonical(constraints: GrantConstraints | undefined): string {
  const sorted = (map: Readonly<Record<string, string>> | undefined) =>
    map === undefined ? null : Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([sorted(constraints?.EncryptionContextSubset), sorted(constraints?.EncryptionContextEquals)]);
}

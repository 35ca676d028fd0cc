import type { CreateGrantInput } from '../../spec';
import { invalidArn, validation } from '../../wire/errors';
import { principalAccount } from '../identity/principal';

/** CreateGrant's rule checks on its input alone, before any key is looked up. */
export function checkGrantRequest(input: CreateGrantInput): void {
  if (input.Operations.length === 0) throw validation('Operations must name at least one grant operation.');
  if (input.Operations.every((operation) => operation === 'CreateGrant')) {
    throw validation('Grants must not contain only the CreateGrant operation.');
  }
  for (const [member, principal] of [
    ['GranteePrincipal', input.GranteePrincipal],
    ['RetiringPrincipal', input.RetiringPrincipal],
  ] as const) {
    if (principal !== undefined && principalAccount(principal) === undefined) {
      throw invalidArn(
        `${member} '${principal}' is not a valid principal: use an account root, user, role or assumed-role ARN such as arn:verenc:111122223333:role/ExampleRole.`,
      );
    }
  }
}

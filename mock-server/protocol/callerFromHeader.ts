import type { WireCall } from './WireCall';
import { rootPrincipal, SANDBOX_ACCOUNT } from '../model/identity/account';
import { principalAccount } from '../model/identity/principal';
import { validation } from '../wire/errors';

export const CALLER_HEADER = 'X-Qkms-Caller';

export interface Caller {
  readonly principal: string;
  readonly account: string;
}

/** Who is calling: X-Qkms-Caller when given (to simulate another principal), else the sandbox account's root. */
export function callerFromHeader(request: WireCall): Caller {
  const header = request.headers.get(CALLER_HEADER)?.trim();
  if (header === undefined || header === '') return { principal: rootPrincipal(SANDBOX_ACCOUNT), account: SANDBOX_ACCOUNT };
  const account = principalAccount(header);
  if (account === undefined) {
    throw validation(
      `${CALLER_HEADER} must be a principal ARN such as arn:verenc:111122223333:role/ExampleRole or arn:verenc:444455556666:root; got '${header}'.`,
    );
  }
  return { principal: header, account };
}

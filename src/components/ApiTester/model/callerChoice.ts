import { principalAccount, rootPrincipal, SANDBOX_ACCOUNT } from '../../../../mock-server';

export type CallerKind = 'admin' | 'partner' | 'other';

/** Who the tester calls as. The typed ARN is kept while another option is chosen, so switching back loses nothing. */
export interface CallerChoice {
  readonly kind: CallerKind;
  readonly otherArn: string;
}

export const adminPrincipal = rootPrincipal(SANDBOX_ACCOUNT);
export const partnerAccount = '444455556666';
/** A principal of another account: the default key policy gives it nothing, so only grants let it in. */
export const partnerPrincipal = `arn:verenc:${partnerAccount}:role/Partner`;

export interface CallerOption {
  readonly kind: CallerKind;
  readonly label: string;
}

export const callerOptions: readonly CallerOption[] = [
  { kind: 'admin', label: `Account admin (${adminPrincipal})` },
  { kind: 'partner', label: `Partner role in account ${partnerAccount} (${partnerPrincipal})` },
  { kind: 'other', label: 'Other principal ARN…' },
];

export const defaultCaller: CallerChoice = { kind: 'admin', otherArn: '' };

/** The option a select value names, or undefined for a value that is not one. */
export function callerKind(value: string): CallerKind | undefined {
  return callerOptions.find((option) => option.kind === value)?.kind;
}

/**
 * Why a typed principal ARN would be refused, or undefined when it is one. The backend's own
 * principal check decides, so the tester never blocks what X-Qkms-Caller accepts.
 */
export function callerArnProblem(arn: string): string | undefined {
  const trimmed = arn.trim();
  if (trimmed === '') return `Enter a principal ARN, e.g. arn:verenc:${partnerAccount}:user/Alice.`;
  if (principalAccount(trimmed) !== undefined) return undefined;
  return 'Not a principal ARN: expected arn:verenc:<12-digit account>:root, …:role/<name> or …:user/<name>.';
}

/** The principal the request is made as, or undefined while a typed ARN is not one. */
export function callerPrincipal(choice: CallerChoice): string | undefined {
  switch (choice.kind) {
    case 'admin':
      return adminPrincipal;
    case 'partner':
      return partnerPrincipal;
    case 'other':
      return callerArnProblem(choice.otherArn) === undefined ? choice.otherArn.trim() : undefined;
  }
}

/** What a reader should expect as this caller, next to the select: refusals are the point of choosing one. */
export function callerNote(choice: CallerChoice): string | undefined {
  const principal = callerPrincipal(choice);
  if (choice.kind === 'admin' || principal === undefined) return undefined;
  if (principalAccount(principal) === SANDBOX_ACCOUNT) {
    return 'Same account as the sandbox keys: the default key policy allows it everything.';
  }
  return `Another account: it may use account ${SANDBOX_ACCOUNT}'s keys only through a grant or a key policy that names it, and must name them by key ARN.`;
}

/** The X-Qkms-Caller value to send; undefined (no header) for the account admin, as a plain KMS client sends. */
export function callerHeaderValue(choice: CallerChoice): string | undefined {
  switch (choice.kind) {
    case 'admin':
      return undefined;
    case 'partner':
      return partnerPrincipal;
    case 'other':
      return choice.otherArn.trim();
  }
}

/** Why the request cannot be sent as the chosen caller: only a typed ARN that is not one stops it. */
export function callerProblem(choice: CallerChoice): string | undefined {
  return choice.kind === 'other' ? callerArnProblem(choice.otherArn) : undefined;
}

/** The choice that sends as `principal` (an example's X-Qkms-Caller): the admin when none, keeping the ARN typed before. */
export function callerChoiceOf(principal: string | undefined, current: CallerChoice): CallerChoice {
  if (principal === undefined || principal === adminPrincipal) return { ...current, kind: 'admin' };
  if (principal === partnerPrincipal) return { ...current, kind: 'partner' };
  return { kind: 'other', otherArn: principal };
}

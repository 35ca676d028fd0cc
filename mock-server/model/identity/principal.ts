import { ARN_PARTITION } from './account';

const PRINCIPAL = new RegExp(`^arn:${ARN_PARTITION}:(\\d{12}):(root|(user|role|assumed-role)/[\\w+=,.@/-]+)$`);

/** The account of a principal ARN such as arn:verenc:111122223333:role/ExampleRole; undefined if not one. */
export function principalAccount(principal: string): string | undefined {
  return PRINCIPAL.exec(principal)?.[1];
}

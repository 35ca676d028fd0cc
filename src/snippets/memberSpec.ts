import { isOperationName, operationSpecs } from '../../mock-server';
import type { MemberSpec } from '../../mock-server';

/** The model's spec of a request member (type, enum, nested members), if the operation's model has it. */
export function memberSpec(operation: string, name: string): MemberSpec | undefined {
  if (!isOperationName(operation)) return undefined;
  return operationSpecs[operation].input.find((member) => member.name === name);
}

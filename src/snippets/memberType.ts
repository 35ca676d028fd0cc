import { isOperationName, operationSpecs } from '../../mock-server';
import type { MemberType } from '../../mock-server';

/** The wire type of a request member (blobs are bytes in the SDKs), if the operation's model has it. */
export function memberType(operation: string, name: string): MemberType | undefined {
  if (!isOperationName(operation)) return undefined;
  return operationSpecs[operation].input.find((member) => member.name === name)?.type;
}

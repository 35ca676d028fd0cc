import type { MemberType } from '../../mock-server';
import { memberSpec } from './memberSpec';

/** The wire type of a request member (blobs are bytes in the SDKs), if the operation's model has it. */
export function memberType(operation: string, name: string): MemberType | undefined {
  return memberSpec(operation, name)?.type;
}

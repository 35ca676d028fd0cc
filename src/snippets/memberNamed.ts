import type { MemberSpec } from '../../mock-server';

/** The spec of a request member by wire name, if the operation's model has it. */
export function memberNamed(members: readonly MemberSpec[], name: string): MemberSpec | undefined {
  return members.find((member) => member.name === name);
}

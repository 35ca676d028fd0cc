import { aliasArn, keyArn } from '../../model/identity/account';
import type { HintFailure } from './HintFailure';
import { editDistance } from './editDistance';
import { KEY_MEMBERS, stringMember } from './inputMembers';
import { resolveKey } from './resolveKey';

/** A typo, not another name: at most a quarter of the name (and at least 2) characters apart. */
const closeEnough = (name: string, distance: number): boolean => distance <= Math.max(2, Math.floor(name.length / 4));

/** The account's key and alias names, in the form the reader typed them (ARNs for an ARN). */
async function sandboxNames(failure: HintFailure, typed: string, aliasesOnly: boolean): Promise<string[]> {
  const account = failure.callerAccount;
  const keys = aliasesOnly ? [] : (await failure.store.list('keys')).filter((key) => key.AWSAccountId === account);
  const aliases = (await failure.store.list('aliases')).filter((alias) => alias.AWSAccountId === account);
  const asArn = typed.startsWith('arn:');
  return [
    ...keys.map((key) => (asArn ? keyArn(account, key.KeyId) : key.KeyId)),
    ...aliases.map((alias) => (asArn ? aliasArn(account, alias.AliasName) : alias.AliasName)),
  ];
}

async function exists(failure: HintFailure, member: string, typed: string): Promise<boolean> {
  if (member !== 'AliasName') return (await resolveKey(failure.store, failure.callerAccount, typed)) !== undefined;
  return (await failure.store.get('aliases', aliasArn(failure.callerAccount, typed))) !== undefined;
}

/** NotFoundException: the member whose key or alias does not exist, and the sandbox's closest name by edit distance. */
export async function notFoundHint(failure: HintFailure): Promise<string | undefined> {
  for (const member of [...KEY_MEMBERS, 'AliasName']) {
    const typed = stringMember(failure.input, member);
    if (typed === undefined || (await exists(failure, member, typed))) continue;
    const names = await sandboxNames(failure, typed, member === 'AliasName');
    const closest = names
      .map((name) => ({ name, distance: editDistance(typed, name) }))
      .sort((a, b) => a.distance - b.distance)[0];
    const suggestion =
      closest !== undefined && closeEnough(typed, closest.distance) ? ` Did you mean ${closest.name}?` : ' ListKeys and ListAliases list what it has.';
    const what = member === 'AliasName' ? 'alias' : 'key or alias';
    return `${member}: this sandbox has no ${what} "${typed}" in account ${failure.callerAccount}.${suggestion}`;
  }
  return undefined;
}

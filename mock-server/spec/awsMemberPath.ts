const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** 'Tags.2.TagKey' -> 'tags.2.member.tagKey', 'GrantTokens.1' -> 'grantTokens.1.member': the paths AWS prints. */
export function awsMemberPath(member: string): string {
  if (member === '') return '';
  return member
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? `${segment}.member` : lowerFirst(segment)))
    .join('.');
}

/** The names among `names` that the request gives a value. */
export function presentMembers<T extends object>(input: T, names: readonly (keyof T & string)[]): string[] {
  return names.filter((name) => input[name] !== undefined);
}

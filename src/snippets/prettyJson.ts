/** JSON as the examples print it: two-space indent, the same in every snippet. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The id of the element wrapping an operation's tester: "Try it" scrolls there. */
export function testerElementId(operation: string): string {
  return `api-tester-${operation}`;
}

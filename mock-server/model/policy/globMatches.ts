/**
 * IAM's wildcard match: `*` is any run of characters (none included), `?` exactly one; everything else
 * literal. Actions compare case-insensitively, condition values as written.
 */
export function globMatches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative matching with one backtrack point: linear in practice, no regular expression built from input.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && p[pi] === '*') {
      star = pi;
      resume = vi;
      pi += 1;
    } else if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (star >= 0) {
      pi = star + 1;
      resume += 1;
      vi = resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

import { evaluateLiteral } from './evaluateLiteral';
import { skipBalanced } from './extractComponents';

/** The value of `export const NAME = <literal>;` in an MDX page, or undefined when the page has none. */
export function extractExport(source: string, name: string): unknown {
  const match = new RegExp(`^export const ${name}\\s*=\\s*`, 'm').exec(source);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  return evaluateLiteral(source.slice(start, skipBalanced(source, start)));
}

/**
 * Evaluates a JS object or array literal taken from an MDX page. The pages' literals name no
 * variables, so a function with nothing in scope but the literal is enough; a literal that does
 * reference something fails loudly instead of reading a global.
 */
export function evaluateLiteral(text: string): unknown {
  if (/\b(?:import|require|process|globalThis|window|document|fetch|eval|Function)\b/.test(stripStrings(text))) {
    throw new Error(`Refusing to evaluate a literal that names code: ${text.slice(0, 80)}`);
  }
  return new Function(`"use strict"; return (${text});`)() as unknown;
}

function stripStrings(text: string): string {
  return text.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
}

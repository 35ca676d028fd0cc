/** One JSX attribute of a component call, with the offsets of its value text in the page source. */
export interface MdxAttribute {
  readonly kind: 'expression' | 'string' | 'flag';
  /** Inside the braces for an expression, inside the quotes for a string, '' for a flag. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A self-closing `<ApiExample … />` or `<ApiTester … />` call found in an MDX page. */
export interface MdxComponent {
  readonly name: string;
  /** Text of the nearest heading above the call, e.g. 'Example 1: Re-encrypt data with a new KMS key'. */
  readonly section: string;
  readonly start: number;
  readonly end: number;
  readonly attributes: Readonly<Record<string, MdxAttribute>>;
}

const OPENING = /<(ApiExample|ApiTester|ParamsTable)\b/g;
const HEADING = /^#{1,6}\s+(.+?)\s*$/gm;

/**
 * Finds the calls of the docs components in MDX source. Attribute values are JS expressions
 * inside braces; the scan balances brackets and skips string literals, which is all the
 * pages' object literals need.
 */
export function extractComponents(source: string): MdxComponent[] {
  const headings = [...source.matchAll(HEADING)].map((match) => ({ at: match.index, text: match[1] }));
  const components: MdxComponent[] = [];
  for (const match of source.matchAll(OPENING)) {
    const start = match.index;
    const { attributes, end } = readAttributes(source, start + match[0].length);
    const section = headings.filter((heading) => heading.at < start).at(-1)?.text ?? '';
    components.push({ name: match[1], section, start, end, attributes });
  }
  return components;
}

function readAttributes(source: string, from: number): { attributes: Record<string, MdxAttribute>; end: number } {
  const attributes: Record<string, MdxAttribute> = {};
  let at = from;
  for (;;) {
    at = skipSpace(source, at);
    if (source.startsWith('/>', at)) return { attributes, end: at + 2 };
    if (source[at] === '>') throw new Error(`Component call at offset ${from} must be self-closing (/>).`);
    const name = /^[A-Za-z][\w-]*/.exec(source.slice(at))?.[0];
    if (!name) throw new Error(`Unexpected '${source.slice(at, at + 20)}' in a component call at offset ${at}.`);
    at += name.length;
    if (source[at] !== '=') {
      attributes[name] = { kind: 'flag', text: '', start: at, end: at };
      continue;
    }
    at += 1;
    if (source[at] === '"' || source[at] === "'") {
      const close = skipString(source, at);
      attributes[name] = { kind: 'string', text: source.slice(at + 1, close - 1), start: at + 1, end: close - 1 };
      at = close;
    } else if (source[at] === '{') {
      const close = skipBalanced(source, at);
      attributes[name] = { kind: 'expression', text: source.slice(at + 1, close - 1), start: at + 1, end: close - 1 };
      at = close;
    } else {
      throw new Error(`Attribute ${name} at offset ${at} needs a quoted or braced value.`);
    }
  }
}

function skipSpace(source: string, at: number): number {
  while (at < source.length && /\s/.test(source[at])) at += 1;
  return at;
}

/** Offset just past the string literal that starts at `at`. */
function skipString(source: string, at: number): number {
  const quote = source[at];
  for (let i = at + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === quote) return i + 1;
  }
  throw new Error(`Unterminated string starting at offset ${at}.`);
}

/** Offset just past the bracket that closes the one at `at`. */
export function skipBalanced(source: string, at: number): number {
  const closers: string[] = [];
  for (let i = at; i < source.length; i += 1) {
    const char = source[i];
    if (char === '"' || char === "'" || char === '`') {
      i = skipString(source, i) - 1;
    } else if (char === '{' || char === '[' || char === '(') {
      closers.push(char === '{' ? '}' : char === '[' ? ']' : ')');
    } else if (char === '}' || char === ']' || char === ')') {
      if (closers.pop() !== char) throw new Error(`Unbalanced '${char}' at offset ${i}.`);
      if (closers.length === 0) return i + 1;
    }
  }
  throw new Error(`Unclosed bracket starting at offset ${at}.`);
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JavaScript expression for a JSON value, indented as Prettier prints object literals. */
export function jsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${jsLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => `${inner}${jsKey(key)}: ${jsLiteral(item, inner)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export function jsKey(key: string): string {
  return identifier.test(key) ? key : JSON.stringify(key);
}

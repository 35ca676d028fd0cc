const safe = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A POSIX shell word for `text`: bare when it has no special characters, else single-quoted. */
export function shellQuote(text: string): string {
  if (safe.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

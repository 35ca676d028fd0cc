import { createHash } from 'node:crypto';

/** An inline <script> (no src attribute): its attributes and its text, as the browser hashes it. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** A type that makes a <script> a data block (JSON-LD), which never runs, so CSP does not govern it. */
const DATA_BLOCK_TYPE = /\btype\s*=\s*["']?(?!(?:text\/javascript|application\/javascript|module)\b)[^\s"'>]+/i;

/** The CSP source expression for one inline script: the SHA-256 of its exact text. */
export const scriptHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash of every inline script a page runs, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].filter((match) => !DATA_BLOCK_TYPE.test(match[1])).map((match) => scriptHash(match[2]));
}

/**
 * The site's policy. Scripts: the site's own files and the inline scripts the build wrote (by hash),
 * nothing else — no eval, no inline handlers, no other origin. Styles need 'unsafe-inline':
 * server-rendered React writes style attributes, which only 'unsafe-inline' (or 'unsafe-hashes'
 * per value) allows. The sandbox and search fetch only from the site (connect-src 'self').
 * frame-ancestors, report-uri and sandbox are ignored in a <meta> policy: framing can only be
 * refused by the server's Content-Security-Policy header, which a static host has to set.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The page with the policy as the first element of its <head> (a <meta> policy governs only what
 * follows it, so it must precede every script), replacing the one an earlier build step added.
 */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const without = html.replace(CSP_META, '');
  const head = /<head\b[^>]*>/i.exec(without);
  if (!head) throw new Error('withContentSecurityPolicy: the page has no <head>');
  const at = head.index + head[0].length;
  // The charset declaration must stay within the first 1024 bytes, so the policy goes right after it when it is first.
  const charset = /^\s*<meta charset=("?)[^"\s>]*\1\s*\/?>/i.exec(without.slice(at));
  const insertAt = charset ? at + charset[0].length : at;
  return without.slice(0, insertAt) + meta + without.slice(insertAt);
}

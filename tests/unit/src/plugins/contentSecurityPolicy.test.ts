import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  scriptHash,
  withContentSecurityPolicy,
} from '../../../../src/plugins/contentSecurityPolicy/addContentSecurityPolicy';

const THEME_SCRIPT = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const PAGE = `<!doctype html><html><head><meta charset="UTF-8"><title>QKMS</title><script>${THEME_SCRIPT}</script><script src="/assets/js/main.js" defer></script></head><body><script type="application/ld+json">{"a":1}</script><script type=module>go()</script><script data-rh=true type=application/ld+json>{"b":2}</script></body></html>`;

describe('content security policy', () => {
  test('hashes each inline script as the browser does (SHA-256 of its exact text), leaving scripts with src and JSON-LD data blocks alone', () => {
    const expected = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    expect(inlineScriptHashes(PAGE)).toEqual([expected, scriptHash('go()')]);
  });

  test("allows only the site's own scripts and the hashed inline ones, no eval, no plugins, no other origin", () => {
    const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  test('puts the policy right after the charset, before every script it governs, and replaces an earlier one', () => {
    const once = withContentSecurityPolicy(PAGE, "default-src 'self'");
    expect(once).toContain(`<head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`);
    const twice = withContentSecurityPolicy(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain(`content="default-src 'none'"`);
  });

  test('keeps an unquoted charset first, as minified pages write it, so it stays in the first 1024 bytes', () => {
    const minified = '<html><head><meta charset=UTF-8><title>x</title></head></html>';
    expect(withContentSecurityPolicy(minified, "default-src 'self'")).toContain(`<head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy"`);
  });

  test('refuses a page without a head rather than writing a policy nowhere', () => {
    expect(() => withContentSecurityPolicy('<p>no head</p>', "default-src 'self'")).toThrow('no <head>');
  });
});

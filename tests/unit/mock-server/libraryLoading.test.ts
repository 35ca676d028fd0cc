import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const backend = path.resolve(process.cwd(), 'mock-server');
const sources = readdirSync(backend, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('node/'))
  .map((file) => ({ file, text: readFileSync(path.join(backend, file), 'utf8') }));

describe('the cryptography libraries', () => {
  // A static import puts the library in the chunk of whatever imports it — the entry ParamsTable reads, so every
  // page's first load (found once: the P-256 seed pulled 18.6 KiB of curve code into it). import() keeps it lazy.
  test('are loaded with import() only, never by a static import, so pages do not load them before a key needs them', () => {
    const staticImports = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/^import\s[^;]*from\s+'(@noble\/[^']+)'/gm)].map((match) => `${file}: ${match[1]}`),
    );
    expect(staticImports).toEqual([]);
    expect(sources.some(({ text }) => text.includes("import('@noble/"))).toBe(true);
  });
});

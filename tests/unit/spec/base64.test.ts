import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../mock-server/spec/base64';

const text = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

describe('base64', () => {
  it('decodes padded standard base64', () => {
    expect(text(decodeBase64('SGVsbG8gV29ybGQ='))).toBe('Hello World');
    expect(text(decodeBase64('YQ=='))).toBe('a');
    expect(text(decodeBase64('YWI='))).toBe('ab');
    expect(text(decodeBase64('YWJj'))).toBe('abc');
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });

  it('rejects text that is not standard padded base64', () => {
    for (const bad of ['YQ', 'YWI', 'Y===', '====', 'YW=j', 'YWJj\n', ' YWJj', 'YW-_', 'YWJ\u00e9']) {
      expect(decodeBase64(bad), bad).toBeUndefined();
    }
  });

  it('round-trips every byte value and every tail length', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256]) {
      const bytes = all.slice(0, length);
      const encoded = encodeBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(encoded)).toEqual(bytes);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { base64Of, bytesFromTyped, hexOf, typedFromBytes, utf8Text } from '../../../../../src/components/ApiTester/model/blobCodec';

const bytesOf = (result: ReturnType<typeof bytesFromTyped>): number[] => ('bytes' in result ? [...result.bytes] : []);
const allBytes = Uint8Array.from({ length: 256 }, (_, index) => index);

describe('blob codecs', () => {
  it('encode text as its UTF-8 bytes, including characters outside ASCII', () => {
    expect(bytesOf(bytesFromTyped('text', 'Grüße ✓'))).toEqual([...new TextEncoder().encode('Grüße ✓')]);
  });

  it('round-trip every byte value through hex and base64', () => {
    for (const mode of ['hex', 'base64'] as const) {
      const typed = typedFromBytes(mode, allBytes);
      expect('text' in typed).toBe(true);
      if ('text' in typed) expect(bytesOf(bytesFromTyped(mode, typed.text))).toEqual([...allBytes]);
    }
  });

  it('round-trip UTF-8 text through bytes and back', () => {
    const text = 'line one\nline two — naïve 日本';
    const bytes = new TextEncoder().encode(text);
    expect(typedFromBytes('text', bytes)).toEqual({ text });
  });

  it('read hex in either case, grouped by spaces or line breaks, with or without 0x', () => {
    expect(bytesOf(bytesFromTyped('hex', '0x48 65\n6C 6c 6F'))).toEqual([0x48, 0x65, 0x6c, 0x6c, 0x6f]);
    expect(hexOf(Uint8Array.from([0, 15, 255]))).toBe('000fff');
  });

  it('say hex with an odd number of digits is not valid hex', () => {
    expect(bytesFromTyped('hex', 'abc')).toEqual({ error: 'not valid hex: odd number of digits' });
  });

  it('name the character that is not a hex digit and where it is', () => {
    expect(bytesFromTyped('hex', 'a0g1')).toEqual({ error: 'not valid hex: "g" (character 3) is not a hex digit' });
  });

  it('say why base64 is not valid: a foreign character, a length, or padding in the middle', () => {
    expect(bytesFromTyped('base64', 'SGVsbG8*')).toEqual({ error: 'not valid base64: "*" (character 8) is not a base64 character' });
    expect(bytesFromTyped('base64', 'SGVsbG8')).toEqual({ error: 'not valid base64: 7 characters, not a multiple of 4' });
    expect(bytesFromTyped('base64', 'SG=sbG8=')).toEqual({ error: 'not valid base64: "=" padding only at the end' });
  });

  it('refuse to show bytes that are not UTF-8 as text, and say which views can', () => {
    expect(utf8Text(Uint8Array.from([0xff, 0xfe]))).toBeUndefined();
    expect(typedFromBytes('text', Uint8Array.from([0xc3, 0x28]))).toEqual({ error: 'these 2 bytes are not UTF-8 text; Base64 or Hex shows them' });
  });

  it('keep a byte order mark instead of dropping it, so the bytes survive a round trip', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]);
    const typed = typedFromBytes('text', bytes);
    expect('text' in typed && [...new TextEncoder().encode(typed.text)]).toEqual([...bytes]);
  });

  it('write base64 as the wire does', () => {
    expect(base64Of(new TextEncoder().encode('Hello'))).toBe('SGVsbG8=');
  });
});

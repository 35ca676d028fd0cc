import { decodeBase64, encodeBase64 } from '../../../../mock-server';

/** How the reader writes or reads a blob: the wire is always base64, the reader may prefer text, hex or a file. */
export type BlobMode = 'text' | 'base64' | 'hex' | 'file';

export const blobModeLabels: Readonly<Record<BlobMode, string>> = { text: 'Text', base64: 'Base64', hex: 'Hex', file: 'File' };

export type Decoded = { readonly bytes: Uint8Array } | { readonly error: string };
export type Encoded = { readonly text: string } | { readonly error: string };

const hexDigit = /^[0-9a-fA-F]$/;

function parseHex(typed: string): Decoded {
  // Spaces and line breaks are how people group hex dumps; a leading 0x is how they mark one.
  const digits = typed.replace(/\s+/g, '').replace(/^0x/i, '');
  for (let index = 0; index < digits.length; index++) {
    const digit = digits.charAt(index);
    if (!hexDigit.test(digit)) return { error: `not valid hex: "${digit}" (character ${index + 1}) is not a hex digit` };
  }
  if (digits.length % 2 !== 0) return { error: 'not valid hex: odd number of digits' };
  const bytes = new Uint8Array(digits.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  return { bytes };
}

function parseBase64(typed: string): Decoded {
  const text = typed.trim();
  const bytes = decodeBase64(text);
  if (bytes !== undefined) return { bytes };
  const bad = [...text].findIndex((char) => !/[A-Za-z0-9+/=]/.test(char));
  if (bad >= 0) return { error: `not valid base64: "${text.charAt(bad)}" (character ${bad + 1}) is not a base64 character` };
  if (text.length % 4 !== 0) return { error: `not valid base64: ${text.length} characters, not a multiple of 4` };
  return { error: 'not valid base64: "=" padding only at the end' };
}

/** The bytes the reader means by what they typed in a mode; File mode never parses text. */
export function bytesFromTyped(mode: Exclude<BlobMode, 'file'>, typed: string): Decoded {
  switch (mode) {
    case 'text':
      return { bytes: new TextEncoder().encode(typed) };
    case 'hex':
      return parseHex(typed);
    case 'base64':
      return parseBase64(typed);
  }
}

/** Strict UTF-8: a replacement character would silently change the bytes on the way back. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function hexOf(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** The bytes written in a mode; text fails when they are not UTF-8, and says which view shows them. */
export function typedFromBytes(mode: Exclude<BlobMode, 'file'>, bytes: Uint8Array): Encoded {
  switch (mode) {
    case 'text': {
      const text = utf8Text(bytes);
      return text === undefined ? { error: `these ${bytes.length} bytes are not UTF-8 text; Base64 or Hex shows them` } : { text };
    }
    case 'hex':
      return { text: hexOf(bytes) };
    case 'base64':
      return { text: encodeBase64(bytes) };
  }
}

export function base64Of(bytes: Uint8Array): string {
  return encodeBase64(bytes);
}

/** The bytes of a wire value; undefined when it is not strict base64 (typed so, or broken on purpose). */
export function bytesOfWire(wire: string): Uint8Array | undefined {
  return decodeBase64(wire);
}

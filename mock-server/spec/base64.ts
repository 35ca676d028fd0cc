// Hand-rolled rather than atob/Buffer: atob accepts whitespace and unpadded input, Buffer is Node-only,
// and the wire needs a strict decoder that says "not base64" instead of guessing.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextets = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) sextets[alphabet.charCodeAt(i)] = i;

/**
 * Standard base64 (RFC 4648 §4) with '=' padding; undefined for anything else. Unused trailing bits are
 * ignored, as AWS does. ArrayBuffer-backed (not ArrayBufferLike) so the bytes go straight into crypto.subtle.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  const dataLength = text.length - padding;
  const whole = dataLength - (dataLength % 4);
  let out = 0;
  // Four characters (24 bits, three bytes) at a time; a character outside the alphabet makes one negative.
  for (let i = 0; i < whole; i += 4) {
    const a = sextetAt(text, i);
    const b = sextetAt(text, i + 1);
    const c = sextetAt(text, i + 2);
    const d = sextetAt(text, i + 3);
    if ((a | b | c | d) < 0) return undefined;
    const chunk = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[out++] = chunk >> 16;
    bytes[out++] = (chunk >> 8) & 0xff;
    bytes[out++] = chunk & 0xff;
  }
  if (whole < dataLength) {
    const a = sextetAt(text, whole);
    const b = sextetAt(text, whole + 1);
    const c = whole + 2 < dataLength ? sextetAt(text, whole + 2) : 0;
    if ((a | b | c) < 0) return undefined;
    const chunk = (a << 18) | (b << 12) | (c << 6);
    bytes[out++] = chunk >> 16;
    if (out < bytes.length) bytes[out++] = (chunk >> 8) & 0xff;
  }
  return bytes;
}

function sextetAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? sextets[code] : -1;
}

const alphabetCodes = Uint8Array.from(alphabet, (char) => char.charCodeAt(0));
const PAD = 0x3d;
// The output is ASCII, where every single-byte decoder agrees.
const ascii = new TextDecoder('latin1');

/** Writes the ASCII codes into bytes and decodes them once, instead of concatenating a string piece by piece. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let at = 0;
  for (let i = 0; i < whole; i += 3) {
    const chunk = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[at++] = alphabetCodes[chunk >> 18];
    out[at++] = alphabetCodes[(chunk >> 12) & 63];
    out[at++] = alphabetCodes[(chunk >> 6) & 63];
    out[at++] = alphabetCodes[chunk & 63];
  }
  if (whole < bytes.length) {
    const chunk = (bytes[whole] << 16) | ((bytes[whole + 1] ?? 0) << 8);
    out[at++] = alphabetCodes[chunk >> 18];
    out[at++] = alphabetCodes[(chunk >> 12) & 63];
    out[at++] = whole + 1 < bytes.length ? alphabetCodes[(chunk >> 6) & 63] : PAD;
    out[at++] = PAD;
  }
  return ascii.decode(out);
}

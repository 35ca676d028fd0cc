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
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < dataLength; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? sextets[code] : -1;
    if (value < 0) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    text += alphabet[(chunk >> 18) & 63] + alphabet[(chunk >> 12) & 63];
    text += i + 1 < bytes.length ? alphabet[(chunk >> 6) & 63] : '=';
    text += i + 2 < bytes.length ? alphabet[chunk & 63] : '=';
  }
  return text;
}

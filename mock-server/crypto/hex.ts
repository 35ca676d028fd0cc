/** Each byte's two lower-case hex digits, looked up rather than formatted: hex ids are made on every Encrypt. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes[from, to). */
export function toHex(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let text = '';
  for (let i = from; i < to; i++) text += HEX_PAIRS[bytes[i]];
  return text;
}

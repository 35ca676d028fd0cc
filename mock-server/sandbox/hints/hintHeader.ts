/** The response header that carries a sandbox-only hint about an error; the error's body stays AWS's. */
export const SANDBOX_HINT_HEADER = 'X-Qkms-Sandbox-Hint';

/**
 * Header values are Latin-1 bytes: characters outside printable ASCII (a context value in another
 * script, a description's dash) and "%" are percent-encoded as UTF-8, so decodeURIComponent gives the
 * hint back and a plain-English hint stays readable as it is.
 */
export function encodeHint(hint: string): string {
  return hint.replace(/[^\x20-\x24\x26-\x7e]/gu, (char) => encodeURIComponent(char));
}

export function decodeHint(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

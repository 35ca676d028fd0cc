import type { Bytes } from '../../spec/Bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file may ask for more work, not for unbounded work. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export interface PassphraseSealed {
  readonly iterations: number;
  readonly salt: Bytes;
  readonly iv: Bytes;
  readonly ciphertext: Bytes;
}

async function passphraseKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** AES-256-GCM under a key PBKDF2-SHA-256 derives from the passphrase; `header` is authenticated with it. */
export async function encryptWithPassphrase(plaintext: Bytes, passphrase: string, header: Bytes, iterations = PBKDF2_ITERATIONS): Promise<PassphraseSealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plaintext));
  return { iterations, salt, iv, ciphertext };
}

/** The plaintext, or undefined when the passphrase is wrong or the file (header included) was changed. */
export async function decryptWithPassphrase(sealed: PassphraseSealed, passphrase: string, header: Bytes): Promise<Bytes | undefined> {
  const key = await passphraseKey(passphrase, sealed.salt, sealed.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: header }, key, sealed.ciphertext));
  } catch {
    return undefined;
  }
}

/**
 * What an application does with a plaintext data key, done by the browser's WebCrypto (AES-256-GCM, a fresh
 * 12-byte IV): the sandbox never sees the data. Nothing here is hand-made cryptography.
 */
export interface SealedData {
  readonly iv: string;
  /** Ciphertext and 16-byte tag, base64. */
  readonly ciphertext: string;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function importDataKey(dataKey: string, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(dataKey), 'AES-GCM', false, [usage]);
}

/** Encrypts `text` (UTF-8) under a base64 data key, as an application would before storing it. */
export async function sealLocally(dataKey: string, text: string): Promise<SealedData> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await importDataKey(dataKey, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)));
  return { iv: toBase64(iv), ciphertext: toBase64(sealed) };
}

/** Decrypts what sealLocally made; fails (AES-GCM's tag check) under any other key. */
export async function openLocally(dataKey: string, sealed: SealedData): Promise<string> {
  const key = await importDataKey(dataKey, 'decrypt');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.ciphertext));
  return new TextDecoder().decode(plain);
}

/** Bytes a base64 string stands for. */
export function base64Length(text: string): number {
  return fromBase64(text).length;
}

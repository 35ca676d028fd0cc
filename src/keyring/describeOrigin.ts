import type { KeyringEntry } from './KeyringEntry';

const shortKey = (keyId: string): string => keyId.replace(/^arn:[^:]*:\d{12}:key\//, '').slice(0, 8);

/**
 * Where an entry came from, as the keyring prints it: "Encrypt at 14:02:11 · key 1234abcd ·
 * context Department=Finance", with the signing or MAC algorithm where there is one.
 */
export function describeOrigin(entry: KeyringEntry, formatTime: (at: number) => string): string {
  const { operation, at, keyId, context, signingAlgorithm, messageType, macAlgorithm } = entry.origin;
  const parts = [`${operation} at ${formatTime(at)}`];
  if (keyId !== undefined) parts.push(keyId.startsWith('alias/') ? keyId : `key ${shortKey(keyId)}`);
  if (context !== undefined) {
    const pairs = Object.entries(context).map(([name, value]) => `${name}=${value}`);
    parts.push(pairs.length === 0 ? 'no encryption context' : `context ${pairs.join(', ')}`);
  }
  if (signingAlgorithm !== undefined) parts.push(`${signingAlgorithm}${messageType ? `, ${messageType}` : ''}`);
  if (macAlgorithm !== undefined) parts.push(macAlgorithm);
  return parts.join(' · ');
}

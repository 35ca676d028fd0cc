import type { EntryKind, KeyringEntry } from './KeyringEntry';

const KINDS: readonly EntryKind[] = [
  'keyId',
  'alias',
  'ciphertext',
  'plaintext',
  'grantToken',
  'grantId',
  'signature',
  'mac',
  'publicKey',
  'wrappingKey',
  'importToken',
  'recipientCiphertext',
];

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalText = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** A stored entry this version can show: storage may hold what an older page wrote, or anything at all. */
export function isKeyringEntry(value: unknown): value is KeyringEntry {
  if (!isRecord(value) || !isRecord(value.origin)) return false;
  const { origin } = value;
  return (
    typeof value.id === 'string' &&
    KINDS.some((kind) => kind === value.kind) &&
    typeof value.name === 'string' &&
    typeof value.value === 'string' &&
    typeof value.tabOnly === 'boolean' &&
    typeof origin.operation === 'string' &&
    typeof origin.at === 'number' &&
    optionalText(origin.keyId) &&
    optionalText(origin.signingAlgorithm) &&
    optionalText(origin.messageType) &&
    optionalText(origin.macAlgorithm) &&
    (origin.context === undefined || (isRecord(origin.context) && Object.values(origin.context).every((item) => typeof item === 'string')))
  );
}

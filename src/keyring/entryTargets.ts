import type { FieldDef } from '../components/ApiTester/model/fieldDefs';
import type { EntryKind, KeyringEntry } from './KeyringEntry';

/** Members that name a KMS key. XksKeyId names a key in an external key store, not a KMS key. */
const KEY_MEMBERS = ['KeyId', 'SourceKeyId', 'DestinationKeyId', 'TargetKeyId'];
/** Where an alias names a key: everywhere a key is named, except CreateAlias's and UpdateAlias's TargetKeyId (a key id or ARN only). */
const ALIAS_KEY_MEMBERS = ['KeyId', 'SourceKeyId', 'DestinationKeyId'];
/** Operations whose AliasName is an existing alias (CreateAlias's is the new one). */
const EXISTING_ALIAS_OPERATIONS = ['DeleteAlias', 'UpdateAlias'];

const textual = (field: FieldDef): boolean => field.kind === 'string' || field.kind === 'blob';

function accepts(kind: EntryKind, operation: string, field: FieldDef): boolean {
  switch (kind) {
    case 'keyId':
      return KEY_MEMBERS.includes(field.name) && textual(field);
    case 'alias':
      // ListAliases filters by a key id or ARN; an alias there would be refused.
      if (field.name === 'AliasName') return EXISTING_ALIAS_OPERATIONS.includes(operation);
      return ALIAS_KEY_MEMBERS.includes(field.name) && textual(field) && operation !== 'ListAliases';
    case 'ciphertext':
      return field.name === 'CiphertextBlob';
    case 'plaintext':
      return field.name === 'Plaintext';
    case 'grantToken':
      return field.name === 'GrantToken' || field.name === 'GrantTokens';
    case 'grantId':
      return field.name === 'GrantId';
    case 'signature':
      return field.name === 'Signature';
    case 'mac':
      return field.name === 'Mac';
    case 'publicKey':
      return field.name === 'PublicKey';
    case 'importToken':
      return field.name === 'ImportToken';
    case 'wrappingKey':
    case 'recipientCiphertext':
      // Used outside KMS: wrapping key material, or decrypting in an enclave. Copy only.
      return false;
  }
}

/** The fields of this operation's form an entry can go into ("Use as DestinationKeyId"). */
export function entryTargets(entry: Pick<KeyringEntry, 'kind'>, operation: string, fields: readonly FieldDef[]): FieldDef[] {
  return fields.filter((field) => accepts(entry.kind, operation, field));
}

/** Entries usable on this form first, then the rest; each part newest first. */
export function usableFirst(
  entries: readonly KeyringEntry[],
  operation: string,
  fields: readonly FieldDef[],
): { readonly usable: readonly KeyringEntry[]; readonly other: readonly KeyringEntry[] } {
  const newest = [...entries].sort((a, b) => b.origin.at - a.origin.at);
  const fits = (entry: KeyringEntry) => entryTargets(entry, operation, fields).length > 0;
  return { usable: newest.filter(fits), other: newest.filter((entry) => !fits(entry)) };
}

/** "CiphertextBlob from Encrypt": how buttons and notices name an entry. */
export const entryLabel = (entry: Pick<KeyringEntry, 'name' | 'origin'>): string => `${entry.name} from ${entry.origin.operation}`;

import {
  connectionStateTypeValues,
  customKeyStoreTypeValues,
  expirationModelTypeValues,
  grantOperationValues,
  keyStateValues,
  originTypeValues,
} from '../../spec/enums';
import type { AliasRecord } from '../../store/records/AliasRecord';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { GrantRecord } from '../../store/records/GrantRecord';
import type { ImportedMaterialTerms, KeyRecord } from '../../store/records/KeyRecord';
import type { MetaRecord } from '../../store/records/MetaRecord';
import { KEPT_CIPHERTEXT_CONTEXTS } from '../../model/keys/ciphertextContexts';

/**
 * Checks of records read from a sandbox file: the members every record of the kind has and the backend reads
 * without looking, so a hand-edited file is refused instead of failing requests later.
 */
export type Loose = { readonly [name: string]: unknown };

export const isLoose = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf = (values: readonly string[], value: unknown): boolean => typeof value === 'string' && values.includes(value);
const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every(isString);

export function isAliasRecord(value: Loose): value is Loose & AliasRecord {
  return isString(value.AliasName) && isString(value.AWSAccountId) && isString(value.TargetKeyId) && isNumber(value.CreationDate) && isNumber(value.LastUpdatedDate);
}

export function isGrantRecord(value: Loose): value is Loose & GrantRecord {
  return (
    isString(value.GrantId) &&
    isStringList(value.GrantTokens) &&
    isString(value.KeyId) &&
    isString(value.GranteePrincipal) &&
    isString(value.IssuingAccount) &&
    Array.isArray(value.Operations) &&
    value.Operations.every((operation) => isOneOf(grantOperationValues, operation)) &&
    isNumber(value.CreationDate)
  );
}

export function isCustomKeyStoreRecord(value: Loose): value is Loose & CustomKeyStoreRecord {
  return (
    isString(value.CustomKeyStoreId) &&
    isString(value.AWSAccountId) &&
    isString(value.CustomKeyStoreName) &&
    isOneOf(customKeyStoreTypeValues, value.CustomKeyStoreType) &&
    isOneOf(connectionStateTypeValues, value.ConnectionState) &&
    isNumber(value.CreationDate)
  );
}

/** One remembered context of the sandbox's hints: an IV in hex and string pairs. */
function isCiphertextContextEntry(entry: unknown): boolean {
  return isLoose(entry) && isString(entry.iv) && isLoose(entry.context) && Object.values(entry.context).every(isString);
}

const isSlot = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) < KEPT_CIPHERTEXT_CONTEXTS;

export function isMetaRecord(value: Loose): value is Loose & MetaRecord {
  switch (value.kind) {
    case 'seed':
      return isNumber(value.version) && isNumber(value.seededAt);
    case 'sandbox-clock':
      return isNumber(value.offsetMs);
    case 'next-deletion':
    case 'next-material-expiry':
    case 'next-rotation':
      return value.at === null || isNumber(value.at);
    case 'ciphertext-contexts':
      return Array.isArray(value.entries) && value.entries.every(isCiphertextContextEntry);
    case 'ciphertext-context':
      return isSlot(value.slot) && isCiphertextContextEntry(value);
    case 'ciphertext-context-cursor':
      return isSlot(value.next);
    default:
      return false;
  }
}

export function isImportedTerms(value: unknown): value is ImportedMaterialTerms {
  return isLoose(value) && isOneOf(expirationModelTypeValues, value.expirationModel) && (value.validTo === undefined || isNumber(value.validTo));
}

/** The key's own members; its material and import parameters are rebuilt separately. */
export function isKeyFields(value: Loose): value is Loose & Omit<KeyRecord, 'materials' | 'importParameters'> {
  return (
    isString(value.KeyId) &&
    isString(value.Arn) &&
    isString(value.AWSAccountId) &&
    isNumber(value.CreationDate) &&
    isString(value.Description) &&
    isOneOf(keyStateValues, value.KeyState) &&
    isOneOf(originTypeValues, value.Origin) &&
    value.KeyManager === 'CUSTOMER' &&
    value.MultiRegion === false &&
    Array.isArray(value.rotations) &&
    Array.isArray(value.tags)
  );
}

import type { JsonObject, JsonValue } from '../json/JsonValue';
import { isJsonObject } from '../json/isJsonObject';
import type { EntryKind, EntryOrigin, EntrySecret, KeyringEntry, RecordedEntries } from './KeyringEntry';

const text = (value: JsonValue | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The string pairs of an encryption context member; anything else is no context. */
export function contextOf(value: JsonValue | undefined): Readonly<Record<string, string>> {
  if (!isJsonObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const listOf = (value: JsonValue | undefined): readonly JsonObject[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);

/** The response members that are plaintext: never stored, shown as "this tab only". */
const PLAINTEXT_MEMBERS = ['Plaintext', 'PrivateKeyPlaintext', 'SharedSecret'];
const CIPHERTEXT_MEMBERS = ['CiphertextBlob', 'PrivateKeyCiphertextBlob'];

interface Found {
  readonly kind: EntryKind;
  readonly name: string;
  readonly value: string;
  readonly origin?: Partial<EntryOrigin>;
  readonly secret?: EntrySecret;
}

function found(kind: EntryKind, name: string, value: JsonValue | undefined, origin?: Partial<EntryOrigin>, secret?: EntrySecret): Found[] {
  const string = text(value);
  return string === undefined ? [] : [{ kind, name, value: string, ...(origin ? { origin } : {}), ...(secret ? { secret } : {}) }];
}

/** The values of one successful response, each with what it is bound to (from the request where the response does not say). */
function findValues(operation: string, request: JsonObject, body: JsonObject): Found[] {
  const keyId = text(body.KeyId) ?? text(request.KeyId);
  const key = keyId === undefined ? {} : { keyId };
  const values: Found[] = [];
  for (const name of CIPHERTEXT_MEMBERS) {
    // ReEncrypt's new ciphertext is bound to the destination context; every other producer takes EncryptionContext.
    const context = contextOf(operation === 'ReEncrypt' ? request.DestinationEncryptionContext : request.EncryptionContext);
    values.push(...found('ciphertext', name, body[name], { ...key, context }));
  }
  for (const name of PLAINTEXT_MEMBERS) values.push(...found('plaintext', name, body[name], key));
  values.push(...found('recipientCiphertext', 'CiphertextForRecipient', body.CiphertextForRecipient, key));
  const message = text(request.Message);
  const secret = message === undefined ? undefined : { message };
  if (operation === 'Sign') {
    const signing = { signingAlgorithm: text(body.SigningAlgorithm), messageType: text(request.MessageType) ?? 'RAW' };
    values.push(...found('signature', 'Signature', body.Signature, { ...key, ...signing }, secret));
  }
  if (operation === 'GenerateMac') values.push(...found('mac', 'Mac', body.Mac, { ...key, macAlgorithm: text(body.MacAlgorithm) }, secret));
  // GetParametersForImport's public key wraps key material; the others are a KMS key's or a data key pair's.
  values.push(...found(operation === 'GetParametersForImport' ? 'wrappingKey' : 'publicKey', 'PublicKey', body.PublicKey, key));
  values.push(...found('importToken', 'ImportToken', body.ImportToken, key));
  if (operation === 'CreateGrant') {
    values.push(...found('grantToken', 'GrantToken', body.GrantToken, key), ...found('grantId', 'GrantId', body.GrantId, key));
  }
  if (operation === 'CreateAlias') values.push(...found('alias', 'AliasName', request.AliasName, { keyId: text(request.TargetKeyId) }));
  if (isJsonObject(body.KeyMetadata)) {
    values.push(...found('keyId', 'KeyId', body.KeyMetadata.KeyId), ...found('keyId', 'Arn', body.KeyMetadata.Arn));
  }
  for (const listed of listOf(body.Keys)) values.push(...found('keyId', 'KeyId', listed.KeyId));
  for (const alias of listOf(body.Aliases)) values.push(...found('alias', 'AliasName', alias.AliasName, { keyId: text(alias.TargetKeyId) }));
  for (const grant of listOf(body.Grants)) values.push(...found('grantId', 'GrantId', grant.GrantId, { keyId: text(grant.KeyId) }));
  return values;
}

/** The origin without members whose value is unknown, so an entry reads back from storage exactly as it was made. */
function originOf(operation: string, at: number, details: Partial<EntryOrigin> = {}): EntryOrigin {
  const { keyId, context, signingAlgorithm, messageType, macAlgorithm } = details;
  return {
    operation,
    at,
    ...(keyId === undefined ? {} : { keyId }),
    ...(context === undefined ? {} : { context }),
    ...(signingAlgorithm === undefined ? {} : { signingAlgorithm }),
    ...(messageType === undefined ? {} : { messageType }),
    ...(macAlgorithm === undefined ? {} : { macAlgorithm }),
  };
}

/**
 * The keyring entries of a successful response: every reusable value (key ids and ARNs, alias names,
 * ciphertexts, plaintexts, grant ids and tokens, signatures, MACs, public keys, import parameters),
 * each with its origin. `newId` names entries; plaintext entries are marked tab-only.
 */
export function entriesFromResponse(
  operation: string,
  request: JsonObject | undefined,
  body: JsonValue | undefined,
  at: number,
  newId: () => string,
): RecordedEntries {
  if (!isJsonObject(body)) return { entries: [], secrets: new Map() };
  const entries: KeyringEntry[] = [];
  const secrets = new Map<string, EntrySecret>();
  for (const value of findValues(operation, request ?? {}, body)) {
    const id = newId();
    const origin = originOf(operation, at, value.origin);
    entries.push({ id, kind: value.kind, name: value.name, value: value.value, origin, tabOnly: value.kind === 'plaintext' });
    if (value.secret) secrets.set(id, value.secret);
  }
  return { entries, secrets };
}

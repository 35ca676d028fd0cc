import {
  EXAMPLE_AGREEMENT_KEY_ID,
  EXAMPLE_CLOUDHSM_KEY_ID,
  EXAMPLE_CLOUDHSM_KEY_STORE_ID,
  EXAMPLE_EXTERNAL_KEY_STORE_ID,
  EXAMPLE_ALIAS,
  EXAMPLE_GRANT_ID,
  EXAMPLE_GRANT_TOKEN,
  EXAMPLE_IMPORT_KEY_ID,
  EXAMPLE_KEY_ID,
  EXAMPLE_MAC_KEY_ID,
  EXAMPLE_RSA_KEY_ID,
  EXAMPLE_SIGNING_KEY_ID,
  SECOND_EXAMPLE_KEY_ID,
} from '../../../../mock-server';
import type { JsonObject } from '../../../json/JsonValue';

export type SharedKind = 'key' | 'grant' | 'alias' | 'custom key store';

/** A member of a destructive request that names one of the sandbox's example resources, which other pages' examples rely on. */
export interface SharedTarget {
  readonly kind: SharedKind;
  readonly member: string;
  readonly value: string;
}

/** What each destructive operation changes, and the member that names it. */
const CHANGES: Readonly<Record<string, { readonly kind: SharedKind; readonly member: string }>> = {
  ScheduleKeyDeletion: { kind: 'key', member: 'KeyId' },
  CancelKeyDeletion: { kind: 'key', member: 'KeyId' },
  DisableKey: { kind: 'key', member: 'KeyId' },
  RotateKeyOnDemand: { kind: 'key', member: 'KeyId' },
  EnableKeyRotation: { kind: 'key', member: 'KeyId' },
  DisableKeyRotation: { kind: 'key', member: 'KeyId' },
  PutKeyPolicy: { kind: 'key', member: 'KeyId' },
  UpdateKeyDescription: { kind: 'key', member: 'KeyId' },
  TagResource: { kind: 'key', member: 'KeyId' },
  UntagResource: { kind: 'key', member: 'KeyId' },
  ImportKeyMaterial: { kind: 'key', member: 'KeyId' },
  DeleteImportedKeyMaterial: { kind: 'key', member: 'KeyId' },
  RevokeGrant: { kind: 'grant', member: 'GrantId' },
  RetireGrant: { kind: 'grant', member: 'GrantId' },
  DeleteAlias: { kind: 'alias', member: 'AliasName' },
  UpdateAlias: { kind: 'alias', member: 'AliasName' },
  DeleteCustomKeyStore: { kind: 'custom key store', member: 'CustomKeyStoreId' },
  DisconnectCustomKeyStore: { kind: 'custom key store', member: 'CustomKeyStoreId' },
  UpdateCustomKeyStore: { kind: 'custom key store', member: 'CustomKeyStoreId' },
};

const EXAMPLE_KEY_IDS = [
  EXAMPLE_KEY_ID,
  SECOND_EXAMPLE_KEY_ID,
  EXAMPLE_AGREEMENT_KEY_ID,
  EXAMPLE_SIGNING_KEY_ID,
  EXAMPLE_MAC_KEY_ID,
  EXAMPLE_RSA_KEY_ID,
  EXAMPLE_IMPORT_KEY_ID,
  EXAMPLE_CLOUDHSM_KEY_ID,
];

const EXAMPLE_KEY_STORE_IDS = [EXAMPLE_CLOUDHSM_KEY_STORE_ID, EXAMPLE_EXTERNAL_KEY_STORE_ID];

function namesExample(kind: SharedKind, value: string): boolean {
  switch (kind) {
    case 'key':
      return value === EXAMPLE_ALIAS || value.endsWith(`:${EXAMPLE_ALIAS}`) || EXAMPLE_KEY_IDS.some((id) => value.endsWith(id));
    case 'grant':
      return value === EXAMPLE_GRANT_ID || value === EXAMPLE_GRANT_TOKEN;
    case 'alias':
      return value === EXAMPLE_ALIAS;
    case 'custom key store':
      return EXAMPLE_KEY_STORE_IDS.includes(value);
  }
}

/** The example resource a destructive request would change, or undefined (not destructive, or aimed elsewhere). */
export function sharedTarget(operation: string, body: JsonObject | undefined): SharedTarget | undefined {
  const change = CHANGES[operation];
  if (change === undefined || body === undefined) return undefined;
  const members = change.kind === 'grant' ? [change.member, 'GrantToken'] : [change.member];
  for (const member of members) {
    const value = body[member];
    if (typeof value === 'string' && namesExample(change.kind, value)) return { kind: change.kind, member, value };
  }
  return undefined;
}

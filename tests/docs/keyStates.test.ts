import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQkms } from '../../mock-server/index';
import type { Qkms } from '../../mock-server/index';
import { sendExample } from '../../scripts/examples/sendExample';
import { kmsCall } from '../support/kmsRequest';
import { PEER_PUBLIC_KEY } from '../support/ecdhPeer';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, EXAMPLE_ROLE, IMPORT_KEY_ID, MAC_KEY_ID, SECOND_KEY_ID, SEEDED_GRANT_ID, SIGNING_KEY_ID } from '../support/sandbox';
import { EXAMPLE_ENCRYPTED_KEY_MATERIAL, EXAMPLE_IMPORT_TOKEN } from '../../mock-server/sandbox/exampleImport';

/** The import operations act on the seeded key for imported material, with the example material imported first. */
const IMPORT_OPERATIONS = ['GetParametersForImport', 'ImportKeyMaterial', 'DeleteImportedKeyMaterial'];
const IMPORT_EXAMPLE = { KeyId: IMPORT_KEY_ID, ImportToken: EXAMPLE_IMPORT_TOKEN, EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL };

/* The key-state table of docs/concepts/keys.mdx, checked cell by cell against a fresh sandbox. */

const SUBJECT = SECOND_KEY_ID;
const OTHER = EXAMPLE_KEY_ID;
/** An alias of the subject key, made before its state changes, for DeleteAlias. */
const SUBJECT_ALIAS = 'alias/subject';
type State = 'Enabled' | 'Disabled' | 'PendingDeletion';
const STATES: readonly State[] = ['Enabled', 'Disabled', 'PendingDeletion'];

/* Signing and MAC operations act on the seeded keys of their kind, with the documented signature and MAC of MESSAGE. */
const MESSAGE = 'SGVsbG8sIFFLTVMh';
const SIGNATURE = 'MEUCICkZMe6Ggb9TnODoE1nZMLvGObjoKKTmTgTMwou2KLRwAiEAqavXiGfUayBofoIGtzTwBI10NFXx7iaAbqAfhFusabg=';
const MAC = 'fKZ0eKeZvvtkxyp7IKn0r+KiDaW1g0oY7H5A3Ciz0wk=';
/** The key whose state changes: the subject, or the seeded key of the operation's kind. */
const subjectOf = (operation: string) =>
  IMPORT_OPERATIONS.includes(operation)
    ? IMPORT_KEY_ID
    : operation === 'DeriveSharedSecret'
    ? AGREEMENT_KEY_ID
    : ['Sign', 'Verify', 'GetPublicKey'].includes(operation)
      ? SIGNING_KEY_ID
      : ['GenerateMac', 'VerifyMac'].includes(operation)
        ? MAC_KEY_ID
        : SUBJECT;

async function call(qkms: Qkms, operation: string, body: unknown) {
  return sendExample(qkms, kmsCall(operation, body));
}

/** A request for `operation` on the subject key, given a ciphertext the subject key made while enabled. */
function requestFor(operation: string, ciphertext: string): unknown {
  switch (operation) {
    case 'Sign':
      return { KeyId: SIGNING_KEY_ID, Message: MESSAGE, SigningAlgorithm: 'ECDSA_SHA_256' };
    case 'Verify':
      return { KeyId: SIGNING_KEY_ID, Message: MESSAGE, Signature: SIGNATURE, SigningAlgorithm: 'ECDSA_SHA_256' };
    case 'GetPublicKey':
      return { KeyId: SIGNING_KEY_ID };
    case 'GenerateMac':
      return { KeyId: MAC_KEY_ID, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' };
    case 'VerifyMac':
      return { KeyId: MAC_KEY_ID, Message: MESSAGE, Mac: MAC, MacAlgorithm: 'HMAC_SHA_256' };
    case 'Encrypt':
      return { KeyId: SUBJECT, Plaintext: 'AQID' };
    case 'Decrypt':
      return { CiphertextBlob: ciphertext };
    case 'ReEncrypt':
      return { CiphertextBlob: ciphertext, DestinationKeyId: OTHER };
    case 'GenerateDataKey':
    case 'GenerateDataKeyWithoutPlaintext':
      return { KeyId: SUBJECT, KeySpec: 'AES_256' };
    case 'GenerateDataKeyPair':
    case 'GenerateDataKeyPairWithoutPlaintext':
      return { KeyId: SUBJECT, KeyPairSpec: 'ECC_NIST_P256' };
    case 'DeriveSharedSecret':
      return { KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: PEER_PUBLIC_KEY };
    case 'CreateGrant':
      return { KeyId: SUBJECT, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] };
    case 'RevokeGrant':
    case 'RetireGrant':
      return { KeyId: SUBJECT, GrantId: SEEDED_GRANT_ID };
    case 'CreateAlias':
      return { AliasName: 'alias/new-name', TargetKeyId: SUBJECT };
    case 'DeleteAlias':
      return { AliasName: SUBJECT_ALIAS };
    case 'UpdateAlias':
      // Moves the seeded alias from the other (enabled) key to the subject key.
      return { AliasName: 'alias/ExampleAlias', TargetKeyId: SUBJECT };
    case 'GetParametersForImport':
      return { KeyId: IMPORT_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' };
    case 'ImportKeyMaterial':
      return IMPORT_EXAMPLE;
    case 'DeleteImportedKeyMaterial':
      return { KeyId: IMPORT_KEY_ID };
    case 'TagResource':
      return { KeyId: SUBJECT, Tags: [{ TagKey: 'Team', TagValue: 'docs' }] };
    case 'UntagResource':
      return { KeyId: SUBJECT, TagKeys: ['Team'] };
    case 'PutKeyPolicy':
      return {
        KeyId: SUBJECT,
        Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }] }),
      };
    case 'ReplicateKey':
      return { KeyId: SUBJECT, ReplicaRegion: 'us-west-2' };
    case 'UpdatePrimaryRegion':
      return { KeyId: SUBJECT, PrimaryRegion: 'us-west-2' };
    case 'UpdateKeyDescription':
      return { KeyId: SUBJECT, Description: 'Changed' };
    default:
      return { KeyId: SUBJECT };
  }
}

function documentedTable(): { operation: string; cells: Record<State, string> }[] {
  const source = readFileSync(path.resolve(process.cwd(), 'docs/concepts/keys.mdx'), 'utf8');
  const section = source.split(/^## What each state allows\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\|\s*(\w+)\s*\|\s*(\S+)\s*\|\s*(\S+)\s*\|\s*(\S+)\s*\|\s*$/gm)]
    .filter((match) => match[1] !== 'Operation')
    .map((match) => ({ operation: match[1], cells: { Enabled: match[2], Disabled: match[3], PendingDeletion: match[4] } }));
}

const rows = documentedTable();
const cases = rows.flatMap(({ operation, cells }) => STATES.map((state) => [operation, state, cells[state]] as const));

describe('the key state table in docs/concepts/keys.mdx', () => {
  it('covers every operation that acts on an existing key', () => {
    expect(rows.map((row) => row.operation).sort()).toEqual(
      [
        'CancelKeyDeletion', 'CreateGrant', 'Decrypt', 'DeriveSharedSecret', 'DescribeKey', 'DisableKey', 'EnableKey', 'Encrypt',
        'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'ListGrants', 'ListKeyRotations', 'ReEncrypt',
        'RetireGrant', 'RevokeGrant', 'RotateKeyOnDemand', 'ScheduleKeyDeletion',
        'CreateAlias', 'DeleteAlias', 'UpdateAlias', 'TagResource', 'UntagResource', 'ListResourceTags',
        'Sign', 'Verify', 'GetPublicKey', 'GenerateMac', 'VerifyMac',
        'GetParametersForImport', 'ImportKeyMaterial', 'DeleteImportedKeyMaterial',
        'GetKeyPolicy', 'PutKeyPolicy', 'ListKeyPolicies',
        'ReplicateKey', 'UpdatePrimaryRegion',
        'EnableKeyRotation', 'DisableKeyRotation', 'GetKeyRotationStatus', 'GetKeyLastUsage', 'UpdateKeyDescription',
      ].sort(),
    );
  });

  it.each(cases)('says what %s does with a key in state %s (%s)', async (operation, state, documented) => {
    const qkms = createQkms({ onInternalError: () => undefined });
    const encrypted = await call(qkms, 'Encrypt', { KeyId: SUBJECT, Plaintext: 'AQID' });
    const ciphertext = (encrypted.body as { CiphertextBlob: string }).CiphertextBlob;
    const subject = subjectOf(operation);
    expect((await call(qkms, 'CreateAlias', { AliasName: SUBJECT_ALIAS, TargetKeyId: SUBJECT })).status).toBe(200);
    if (subject === IMPORT_KEY_ID) expect((await call(qkms, 'ImportKeyMaterial', IMPORT_EXAMPLE)).status).toBe(200);
    if (state === 'Disabled') expect((await call(qkms, 'DisableKey', { KeyId: subject })).status).toBe(200);
    if (state === 'PendingDeletion') expect((await call(qkms, 'ScheduleKeyDeletion', { KeyId: subject })).status).toBe(200);

    const response = await call(qkms, operation, requestFor(operation, ciphertext));
    const outcome = response.status === 200 ? '✓' : (response.body as { __type: string }).__type;
    expect(outcome).toBe(documented);
  });
});

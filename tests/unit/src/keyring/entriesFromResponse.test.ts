import { beforeAll, describe, expect, it } from 'vitest';
import type { Qkms } from '../../../../mock-server';
import { entriesFromResponse } from '../../../../src/keyring/entriesFromResponse';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, IMPORT_KEY_ID, MAC_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID, keyArn } from '../../../support/sandbox';
import { freshSandbox, recorded } from './support';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const AT = 1_700_000_000_000;
const summary = (entries: readonly { kind: string; name: string; tabOnly: boolean }[]) => entries.map((entry) => `${entry.kind}:${entry.name}${entry.tabOnly ? ' (tab)' : ''}`);

describe('the keyring entries a response yields', () => {
  let qkms: Qkms;
  beforeAll(() => {
    qkms = freshSandbox();
  });

  it('keeps an Encrypt ciphertext with the operation, time, key and encryption context that made it', async () => {
    const { entries } = await recorded(qkms, 'Encrypt', { KeyId: 'alias/ExampleAlias', Plaintext: b64('hi'), EncryptionContext: { Department: 'Finance' } }, AT);
    expect(entries).toEqual([
      {
        id: expect.any(String),
        kind: 'ciphertext',
        name: 'CiphertextBlob',
        value: expect.any(String),
        origin: { operation: 'Encrypt', at: AT, keyId: keyArn(EXAMPLE_KEY_ID), context: { Department: 'Finance' } },
        tabOnly: false,
      },
    ]);
  });

  it('binds a ReEncrypt ciphertext to the destination context and key', async () => {
    const { entries: made } = await recorded(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('hi'), EncryptionContext: { Old: 'x' } });
    const { entries } = await recorded(qkms, 'ReEncrypt', {
      CiphertextBlob: made[0].value,
      SourceEncryptionContext: { Old: 'x' },
      DestinationKeyId: SECOND_KEY_ID,
      DestinationEncryptionContext: { New: 'y' },
    });
    expect(entries.map((entry) => [entry.name, entry.origin.keyId, entry.origin.context])).toEqual([
      ['CiphertextBlob', keyArn(SECOND_KEY_ID), { New: 'y' }],
    ]);
  });

  it('marks a data key’s plaintext tab-only and keeps its ciphertext with the context', async () => {
    const { entries } = await recorded(qkms, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: { App: 'a' } });
    expect(summary(entries)).toEqual(['ciphertext:CiphertextBlob', 'plaintext:Plaintext (tab)']);
    expect(entries[0].origin.context).toEqual({ App: 'a' });
  });

  it('keeps a data key pair’s private key ciphertext and public key, its private plaintext tab-only', async () => {
    const { entries } = await recorded(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' });
    expect(summary(entries)).toEqual(['ciphertext:PrivateKeyCiphertextBlob', 'plaintext:PrivateKeyPlaintext (tab)', 'publicKey:PublicKey']);
  });

  it('keeps a signature with its algorithm, message type and key, and the message apart as a tab secret', async () => {
    const message = b64('sign me');
    const { entries, secrets } = await recorded(qkms, 'Sign', { KeyId: SIGNING_KEY_ID, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'signature',
      name: 'Signature',
      origin: { operation: 'Sign', keyId: keyArn(SIGNING_KEY_ID), signingAlgorithm: 'ECDSA_SHA_256', messageType: 'RAW' },
      tabOnly: false,
    });
    expect(JSON.stringify(entries)).not.toContain(message);
    expect(secrets.get(entries[0].id)).toEqual({ message });
  });

  it('keeps a MAC with its algorithm and key', async () => {
    const { entries, secrets } = await recorded(qkms, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256' });
    expect(entries[0]).toMatchObject({ kind: 'mac', name: 'Mac', origin: { keyId: keyArn(MAC_KEY_ID), macAlgorithm: 'HMAC_SHA_256' } });
    expect(secrets.size).toBe(1);
  });

  it('keeps a shared secret tab-only and a public key for DeriveSharedSecret', async () => {
    const { entries: key } = await recorded(qkms, 'GetPublicKey', { KeyId: AGREEMENT_KEY_ID });
    expect(summary(key)).toEqual(['publicKey:PublicKey']);
    const { entries } = await recorded(qkms, 'DeriveSharedSecret', { KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: key[0].value });
    expect(summary(entries)).toEqual(['plaintext:SharedSecret (tab)']);
  });

  it('tells an import wrapping key from a KMS public key, and keeps the import token with its key', async () => {
    const { entries } = await recorded(qkms, 'GetParametersForImport', { KeyId: IMPORT_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    expect(summary(entries)).toEqual(['wrappingKey:PublicKey', 'importToken:ImportToken']);
    expect(entries[1].origin.keyId).toBe(keyArn(IMPORT_KEY_ID));
  });

  it('keeps a grant’s id and token with the key it is on, a new alias with its key, and key ids and ARNs of new keys', async () => {
    const grant = await recorded(qkms, 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: 'arn:verenc:111122223333:role/ExampleRole', Operations: ['Decrypt'] });
    expect(summary(grant.entries)).toEqual(['grantToken:GrantToken', 'grantId:GrantId']);
    expect(grant.entries.every((entry) => entry.origin.keyId === EXAMPLE_KEY_ID)).toBe(true);
    const created = await recorded(qkms, 'CreateKey', { Description: 'mine' });
    expect(summary(created.entries)).toEqual(['keyId:KeyId', 'keyId:Arn']);
    const alias = await recorded(qkms, 'CreateAlias', { AliasName: 'alias/mine', TargetKeyId: created.entries[0].value });
    expect(alias.entries.map((entry) => [entry.kind, entry.value, entry.origin.keyId])).toEqual([['alias', 'alias/mine', created.entries[0].value]]);
  });

  it('keeps the key ids a list names, the aliases and the grant ids', async () => {
    const keys = await recorded(qkms, 'ListKeys', {});
    expect(keys.entries.map((entry) => entry.value)).toContain(EXAMPLE_KEY_ID);
    const aliases = await recorded(qkms, 'ListAliases', {});
    expect(aliases.entries.find((entry) => entry.value === 'alias/ExampleAlias')?.origin.keyId).toBe(EXAMPLE_KEY_ID);
    const grants = await recorded(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID });
    expect(grants.entries.every((entry) => entry.kind === 'grantId')).toBe(true);
  });

  it('yields nothing for an error or a body without values', () => {
    expect(entriesFromResponse('Encrypt', {}, undefined, AT, () => 'x').entries).toEqual([]);
    expect(entriesFromResponse('EnableKey', { KeyId: EXAMPLE_KEY_ID }, {}, AT, () => 'x').entries).toEqual([]);
  });
});

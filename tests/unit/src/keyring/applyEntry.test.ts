import { describe, expect, it } from 'vitest';
import type { OperationName } from '../../../../mock-server';
import { requestToSend } from '../../../../src/components/ApiTester/state/requestToSend';
import { initialTesterState } from '../../../../src/components/ApiTester/state/initialTesterState';
import { testerReducer } from '../../../../src/components/ApiTester/state/testerReducer';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { applyEntry } from '../../../../src/keyring/applyEntry';
import { entryTargets, usableFirst } from '../../../../src/keyring/entryTargets';
import type { EntryKind, KeyringEntry } from '../../../../src/keyring/KeyringEntry';
import { EXAMPLE_KEY_ID, MAC_KEY_ID, SIGNING_KEY_ID } from '../../../support/sandbox';
import { field, fieldsOf, freshSandbox, recorded, send } from './support';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const entry = (kind: EntryKind, at = 1): KeyringEntry => ({ id: `${kind}${at}`, kind, name: kind, value: 'v', origin: { operation: 'X', at }, tabOnly: false });
const targets = (kind: EntryKind, operation: OperationName) => entryTargets({ kind }, operation, fieldsOf(operation)).map((target) => target.name);

/** Puts an entry into a fresh tester of `operation` (starting from `example`) as "Use as" does, and answers the body it would send. */
function useIn(operation: OperationName, target: string, used: KeyringEntry, example: JsonObject, message?: string) {
  const fields = fieldsOf(operation);
  const action = applyEntry(used, field(operation, target), fields, message === undefined ? undefined : { message });
  const state = testerReducer(initialTesterState(operation, fields, example), action);
  return { state, body: requestToSend(state).body ?? {} };
}

describe('which fields take a keyring entry', () => {
  it('offers a key id for every key field, an alias for all but a target key, and neither for CreateKey', () => {
    expect(targets('keyId', 'ReEncrypt')).toEqual(['SourceKeyId', 'DestinationKeyId']);
    expect(targets('keyId', 'CreateAlias')).toEqual(['TargetKeyId']);
    expect(targets('alias', 'CreateAlias')).toEqual([]);
    expect(targets('alias', 'DeleteAlias')).toEqual(['AliasName']);
    expect(targets('alias', 'Encrypt')).toEqual(['KeyId']);
    expect(targets('keyId', 'CreateKey')).toEqual([]);
  });

  it('sends each kind of value to its own field', () => {
    expect(targets('ciphertext', 'Decrypt')).toEqual(['CiphertextBlob']);
    expect(targets('signature', 'Verify')).toEqual(['Signature']);
    expect(targets('mac', 'VerifyMac')).toEqual(['Mac']);
    expect(targets('publicKey', 'DeriveSharedSecret')).toEqual(['PublicKey']);
    expect(targets('importToken', 'ImportKeyMaterial')).toEqual(['ImportToken']);
    expect(targets('grantToken', 'Encrypt')).toEqual(['GrantTokens']);
    expect(targets('grantToken', 'RetireGrant')).toEqual(['GrantToken']);
    expect(targets('grantId', 'RevokeGrant')).toEqual(['GrantId']);
    expect(targets('plaintext', 'Encrypt')).toEqual(['Plaintext']);
    expect(targets('wrappingKey', 'ImportKeyMaterial')).toEqual([]);
    expect(targets('signature', 'Decrypt')).toEqual([]);
  });

  it('lists the entries this form can use first, each part newest first', () => {
    const { usable, other } = usableFirst([entry('signature', 1), entry('ciphertext', 2), entry('keyId', 3), entry('mac', 4)], 'Decrypt', fieldsOf('Decrypt'));
    expect(usable.map((item) => item.kind)).toEqual(['keyId', 'ciphertext']);
    expect(other.map((item) => item.kind)).toEqual(['mac', 'signature']);
  });
});

describe('one click fills what the request needs', () => {
  it('verifies a signature with one click: message, message type, algorithm and key come along', async () => {
    const qkms = freshSandbox();
    const message = b64('the message');
    const { entries, secrets } = await recorded(qkms, 'Sign', { KeyId: SIGNING_KEY_ID, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' });
    const { body, state } = useIn('Verify', 'Signature', entries[0], { KeyId: EXAMPLE_KEY_ID, Message: b64('other'), SigningAlgorithm: 'RSASSA_PSS_SHA_256' }, secrets.get(entries[0].id)?.message);
    expect(state.notice).toBe('Put Signature from Sign into Signature. Also set Message, MessageType, SigningAlgorithm, KeyId to match it.');
    expect(await send(qkms, 'Verify', body)).toMatchObject({ SignatureValid: true });
  });

  it('says the message stayed in the signing tab when it is not in this one', async () => {
    const qkms = freshSandbox();
    const { entries } = await recorded(qkms, 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('m'), SigningAlgorithm: 'ECDSA_SHA_256' });
    const { body, state } = useIn('Verify', 'Signature', entries[0], {});
    expect(body).not.toHaveProperty('Message');
    expect(state.notice).toMatch(/stayed in the tab that sent Sign: enter it yourself\.$/);
  });

  it('verifies a MAC with one click', async () => {
    const qkms = freshSandbox();
    const { entries, secrets } = await recorded(qkms, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256' });
    const { body } = useIn('VerifyMac', 'Mac', entries[0], {}, secrets.get(entries[0].id)?.message);
    expect(await send(qkms, 'VerifyMac', body)).toMatchObject({ MacValid: true });
  });

  it('decrypts a data key’s ciphertext with one click, its encryption context replacing the example’s', async () => {
    const qkms = freshSandbox();
    const { entries } = await recorded(qkms, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: { App: 'payroll' } });
    const plaintext = entries.find((item) => item.kind === 'plaintext')?.value;
    const { body } = useIn('Decrypt', 'CiphertextBlob', entries[0], { CiphertextBlob: 'AQ==', EncryptionContext: { Department: 'Finance' } });
    expect(body.EncryptionContext).toEqual({ App: 'payroll' });
    expect(await send(qkms, 'Decrypt', body)).toMatchObject({ Plaintext: plaintext });
  });

  it('revokes a grant with one click: the grant’s key comes along', async () => {
    const qkms = freshSandbox();
    const created = await recorded(qkms, 'CreateKey', {});
    const grant = await recorded(qkms, 'CreateGrant', { KeyId: created.entries[0].value, GranteePrincipal: 'arn:verenc:111122223333:role/ExampleRole', Operations: ['Decrypt'] });
    const grantId = grant.entries.find((item) => item.kind === 'grantId');
    if (grantId === undefined) throw new Error('no grant id');
    const { body } = useIn('RevokeGrant', 'GrantId', grantId, { KeyId: EXAMPLE_KEY_ID, GrantId: 'old' });
    expect(body).toEqual({ KeyId: created.entries[0].value, GrantId: grantId.value });
    await send(qkms, 'RevokeGrant', body);
  });
});

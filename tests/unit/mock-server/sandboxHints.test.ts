import { describe, expect, test } from 'vitest';
import { createQkms, decodeHint, SANDBOX_HINT_HEADER } from '../../../mock-server';
import type { Qkms } from '../../../mock-server';
import { encodeHint } from '../../../mock-server/sandbox/hints/hintHeader';
import { editDistance } from '../../../mock-server/sandbox/hints/editDistance';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf, type Reply } from './support/call';
import { create } from './support/fixtures';

const hintOf = (reply: Reply): string | undefined => {
  const value = reply.headers.get(SANDBOX_HINT_HEADER);
  return value === null ? undefined : decodeHint(value);
};

async function encrypted(qkms: Qkms, body: object): Promise<string> {
  const reply = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('secret payroll'), ...body });
  return String(reply.body.CiphertextBlob);
}

describe('sandbox hints (X-Qkms-Sandbox-Hint)', () => {
  test('a ciphertext decrypted without its encryption context gets a hint naming the context it was made with, and nothing of the plaintext', async () => {
    const qkms = createQkms();
    const CiphertextBlob = await encrypted(qkms, { EncryptionContext: { Department: 'Finance' } });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob });
    expect(errorOf(reply)).toEqual({
      type: 'InvalidCiphertextException',
      status: 400,
      message: 'The ciphertext is invalid, corrupted, or does not match the key or encryption context.',
    });
    expect(hintOf(reply)).toBe(
      'It was made with encryption context Department=Finance; you sent none. Send exactly the same pairs in EncryptionContext.',
    );
    expect(hintOf(reply)).not.toContain('payroll');
  });

  test('a re-encryption with the wrong source context names both contexts, in the ReEncrypt member’s name', async () => {
    const qkms = createQkms();
    const CiphertextBlob = await encrypted(qkms, {});
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob, DestinationKeyId: SECOND_KEY_ID, SourceEncryptionContext: { Team: 'Ünïcode' } });
    expect(hintOf(reply)).toBe('It was made with encryption context none; you sent Team=Ünïcode. Send exactly the same pairs in SourceEncryptionContext.');
  });

  test('bytes that are not a QKMS ciphertext are called that', async () => {
    const reply = await call(createQkms(), 'Decrypt', { CiphertextBlob: b64('not a ciphertext') });
    expect(hintOf(reply)).toMatch(/^These 16 bytes are not a QKMS symmetric ciphertext/);
  });

  test('a Decrypt naming another key than the ciphertext’s is told which key made it', async () => {
    const qkms = createQkms();
    const CiphertextBlob = await encrypted(qkms, {});
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob, KeyId: SECOND_KEY_ID });
    expect(errorOf(reply).type).toBe('IncorrectKeyException');
    expect(hintOf(reply)).toMatch(new RegExp(`^This ciphertext was made by key ${EXAMPLE_KEY_ID} \\(".+"\\), not by the key ${SECOND_KEY_ID}: leave KeyId out, or name that key\\.$`));
  });

  test('a disabled key points to EnableKey', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'Encrypt', { KeyId: 'alias/ExampleAlias', Plaintext: b64('x') });
    expect(errorOf(reply).type).toBe('DisabledException');
    expect(hintOf(reply)).toBe(`KeyId names key ${EXAMPLE_KEY_ID}, which is disabled in this sandbox: EnableKey turns it back on.`);
  });

  test('a key pending deletion points to CancelKeyDeletion, also when only the ciphertext names it', async () => {
    const qkms = createQkms();
    const CiphertextBlob = await encrypted(qkms, {});
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob });
    expect(errorOf(reply).type).toBe('KMSInvalidStateException');
    expect(hintOf(reply)).toMatch(
      new RegExp(`^The ciphertext was made by key ${EXAMPLE_KEY_ID}, which is pending deletion \\(to be deleted .+Z, sandbox time\\): CancelKeyDeletion brings it back \\(disabled\\), then EnableKey turns it on\\.$`),
    );
  });

  test('a key id one character off is answered with the closest key id', async () => {
    const typo = `${EXAMPLE_KEY_ID.slice(0, -1)}c`;
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: typo });
    expect(errorOf(reply).type).toBe('NotFoundException');
    expect(hintOf(reply)).toBe(`KeyId: this sandbox has no key or alias "${typo}" in account 111122223333. Did you mean ${EXAMPLE_KEY_ID}?`);
  });

  test('a misspelt alias is answered with the closest alias, and a name far from any with where to look', async () => {
    const qkms = createQkms();
    expect(hintOf(await call(qkms, 'Encrypt', { KeyId: 'alias/ExampelAlias', Plaintext: b64('x') }))).toMatch(/Did you mean alias\/ExampleAlias\?$/);
    expect(hintOf(await call(qkms, 'DeleteAlias', { AliasName: 'alias/ExampleAlia' }))).toMatch(/^AliasName: this sandbox has no alias .+ Did you mean alias\/ExampleAlias\?$/);
    expect(hintOf(await call(qkms, 'DescribeKey', { KeyId: 'alias/something-else-entirely' }))).toMatch(/ListKeys and ListAliases list what it has\.$/);
  });

  test('a key of the wrong usage is described against the usage the operation needs', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: SIGNING_KEY_ID, Plaintext: b64('x') });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
    expect(hintOf(reply)).toMatch(new RegExp(`^KeyId names key ${SIGNING_KEY_ID}, a \\S+ key with KeyUsage SIGN_VERIFY; Encrypt needs a key with KeyUsage ENCRYPT_DECRYPT\\.$`));
  });

  test('an algorithm the key does not support is answered with the ones it does', async () => {
    const qkms = createQkms();
    const key = await create(qkms, { KeyUsage: 'GENERATE_VERIFY_MAC', KeySpec: 'HMAC_256' });
    const reply = await call(qkms, 'GenerateMac', { KeyId: key.KeyId, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_512' });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
    expect(hintOf(reply)).toBe(`KeyId names key ${key.KeyId}, a HMAC_256 key that supports HMAC_SHA_256, not HMAC_SHA_512.`);
  });

  test('successes and errors the sandbox knows nothing more about carry no hint', async () => {
    const qkms = createQkms();
    expect(hintOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }))).toBeUndefined();
    expect(hintOf(await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID }))).toBeUndefined();
  });

  test('non-ASCII hints travel percent-encoded and decode back', () => {
    expect(encodeHint('plain 100% ok')).toBe('plain 100%25 ok');
    expect(decodeHint(encodeHint('Team=Ünïcode — ok'))).toBe('Team=Ünïcode — ok');
    expect(encodeHint('Team=Ünïcode')).toMatch(/^[\x20-\x7e]+$/);
  });

  test('edit distance counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

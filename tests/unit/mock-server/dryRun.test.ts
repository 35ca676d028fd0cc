import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import type { OperationName } from '../../../mock-server/spec';
import {
  AGREEMENT_KEY_ID,
  EXAMPLE_KEY_ID,
  EXAMPLE_ROLE,
  MAC_KEY_ID,
  SECOND_KEY_ID,
  SEEDED_GRANT_ID,
  SEEDED_GRANT_TOKEN,
  SIGNING_KEY_ID,
} from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';

const DRY_RUN = {
  type: 'DryRunOperationException',
  status: 412,
  message: 'The request would have succeeded, but the DryRun option is set.',
};

/*
 * The DryRun rows of the API pages say what a dry run checks before it answers 412; these requests pass
 * those checks. The signature, MAC and peer public key are junk on purpose: the rows say a dry run does
 * not check them, only the real request does.
 */
const ciphertext = async (qkms: ReturnType<typeof createQkms>) =>
  String((await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('secret'), EncryptionContext: { Department: 'Finance' } })).body.CiphertextBlob);

const dryRuns: readonly (readonly [OperationName, (qkms: ReturnType<typeof createQkms>) => Promise<object> | object])[] = [
  ['Encrypt', () => ({ KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') })],
  ['Decrypt', async (qkms) => ({ CiphertextBlob: await ciphertext(qkms), EncryptionContext: { Department: 'Finance' } })],
  ['ReEncrypt', async (qkms) => ({ CiphertextBlob: await ciphertext(qkms), SourceEncryptionContext: { Department: 'Finance' }, DestinationKeyId: SECOND_KEY_ID })],
  ['GenerateDataKey', () => ({ KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256' })],
  ['GenerateDataKeyWithoutPlaintext', () => ({ KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256' })],
  ['GenerateDataKeyPair', () => ({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' })],
  ['GenerateDataKeyPairWithoutPlaintext', () => ({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' })],
  ['GenerateMac', () => ({ KeyId: MAC_KEY_ID, MacAlgorithm: 'HMAC_SHA_256', Message: b64('x') })],
  ['VerifyMac', () => ({ KeyId: MAC_KEY_ID, MacAlgorithm: 'HMAC_SHA_256', Message: b64('x'), Mac: b64('not the mac') })],
  ['Sign', () => ({ KeyId: SIGNING_KEY_ID, SigningAlgorithm: 'ECDSA_SHA_256', Message: b64('x') })],
  ['Verify', () => ({ KeyId: SIGNING_KEY_ID, SigningAlgorithm: 'ECDSA_SHA_256', Message: b64('x'), Signature: b64('not a signature') })],
  ['DeriveSharedSecret', () => ({ KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: b64('not a public key') })],
  ['CreateGrant', () => ({ KeyId: EXAMPLE_KEY_ID, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] })],
  ['RetireGrant', () => ({ GrantToken: SEEDED_GRANT_TOKEN })],
  ['RevokeGrant', () => ({ KeyId: SECOND_KEY_ID, GrantId: SEEDED_GRANT_ID })],
];

describe('DryRun', () => {
  test.each(dryRuns)('%s answers DryRunOperationException (412) once the request, key and permissions pass', async (operation, body) => {
    const qkms = createQkms();
    const reply = await call(qkms, operation, { ...(await body(qkms)), DryRun: true });
    expect(errorOf(reply)).toEqual(DRY_RUN);
  });

  test('leaves the grants as they were after dry runs of CreateGrant, RetireGrant and RevokeGrant', async () => {
    const qkms = createQkms();
    const grants = async () => [
      (await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID })).body.Grants,
      (await call(qkms, 'ListGrants', { KeyId: SECOND_KEY_ID })).body.Grants,
    ];
    const before = await grants();
    for (const [operation, body] of dryRuns.filter(([name]) => name.endsWith('Grant'))) {
      await call(qkms, operation, { ...(await body(qkms)), DryRun: true });
    }
    expect(await grants()).toEqual(before);
  });
});

describe('what only the real request checks', () => {
  test.each([
    ['VerifyMac', 'KMSInvalidMacException'],
    ['Verify', 'KMSInvalidSignatureException'],
    ['DeriveSharedSecret', 'ValidationException'],
  ] as const)('%s answers the junk its dry run passed with %s', async (operation, type) => {
    const qkms = createQkms();
    const body = await dryRuns.find(([name]) => name === operation)?.[1](qkms);
    expect(errorOf(await call(qkms, operation, { ...body })).type).toBe(type);
  });
});

describe('DryRunModifiers', () => {
  test.each(['Decrypt', 'ReEncrypt'] as const)('%s refuses a modifier other than IGNORE_CIPHERTEXT with ValidationException', async (operation) => {
    const qkms = createQkms();
    const body = await dryRuns.find(([name]) => name === operation)?.[1](qkms);
    const reply = await call(qkms, operation, { ...body, DryRun: true, DryRunModifiers: ['CHECK_NOTHING'] });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', status: 400, message: expect.stringContaining('dryRunModifiers') });
  });

  test.each(['Decrypt', 'ReEncrypt'] as const)(
    '%s authenticates the ciphertext in a dry run unless IGNORE_CIPHERTEXT, as AWS KMS does',
    async (operation) => {
      const qkms = createQkms();
      const blob = await ciphertext(qkms);
      const destination = operation === 'ReEncrypt' ? { DestinationKeyId: SECOND_KEY_ID } : {};
      for (const modifiers of [{}, { DryRunModifiers: ['IGNORE_CIPHERTEXT'] }]) {
        const malformed = await call(qkms, operation, { CiphertextBlob: b64('not a ciphertext'), ...destination, DryRun: true, ...modifiers });
        expect(errorOf(malformed).type).toBe('InvalidCiphertextException');
      }
      // No context, where the ciphertext was bound to one: the dry run fails as the real request would…
      const noContext = await call(qkms, operation, { CiphertextBlob: blob, ...destination, DryRun: true });
      expect(errorOf(noContext).type).toBe('InvalidCiphertextException');
      // …unless the caller asks it to ignore the ciphertext.
      const ignored = await call(qkms, operation, { CiphertextBlob: blob, ...destination, DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] });
      expect(errorOf(ignored)).toEqual(DRY_RUN);
      const real = await call(qkms, operation, { CiphertextBlob: blob, ...destination });
      expect(errorOf(real).type).toBe('InvalidCiphertextException');
    },
  );
});

import { describe, expect, test } from 'vitest';
import { createQkms, isOperationName } from '../../../mock-server';
import { keyStateError } from '../../../mock-server/model/keys/keyStateRules';
import { EXAMPLE_KEY_ID, IMPORT_KEY_ID, keyArn } from '../../support/sandbox';
import { call } from './support/call';

/* Moving a key between Enabled and Disabled; each operation's answer in every state is checked against the docs in tests/docs/keyStates.test.ts. */

describe('key states', () => {
  test('disables and re-enables a key', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({});
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  });
});

/*
 * AWS's published key-state table ("Key states of AWS KMS keys", AWS KMS Developer Guide), for the
 * states a QKMS key can be in, written out here independently of the backend's table and of our docs:
 * ✓ succeeds; otherwise the error AWS names.
 */
const AWS_KEY_STATE_TABLE = {
  CancelKeyDeletion: { Enabled: 'KMSInvalidStateException', Disabled: 'KMSInvalidStateException', PendingDeletion: '✓' },
  CreateGrant: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  Decrypt: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  DescribeKey: { Enabled: '✓', Disabled: '✓', PendingDeletion: '✓' },
  DisableKey: { Enabled: '✓', Disabled: '✓', PendingDeletion: 'KMSInvalidStateException' },
  EnableKey: { Enabled: '✓', Disabled: '✓', PendingDeletion: 'KMSInvalidStateException' },
  Encrypt: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  GenerateDataKey: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  GenerateDataKeyWithoutPlaintext: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  ListGrants: { Enabled: '✓', Disabled: '✓', PendingDeletion: '✓' },
  ReEncrypt: { Enabled: '✓', Disabled: 'DisabledException', PendingDeletion: 'KMSInvalidStateException' },
  RetireGrant: { Enabled: '✓', Disabled: '✓', PendingDeletion: '✓' },
  RevokeGrant: { Enabled: '✓', Disabled: '✓', PendingDeletion: '✓' },
  ScheduleKeyDeletion: { Enabled: '✓', Disabled: '✓', PendingDeletion: 'KMSInvalidStateException' },
} as const;

describe("the key-state rules against AWS's published table", () => {
  const states = ['Enabled', 'Disabled', 'PendingDeletion'] as const;
  test.each(Object.entries(AWS_KEY_STATE_TABLE).flatMap(([operation, row]) => states.map((state) => [operation, state, row[state]] as const)))(
    '%s on a key in state %s answers as AWS does (%s)',
    (operation, state, expected) => {
      if (!isOperationName(operation)) throw new Error(`${operation} is not an operation QKMS serves`);
      const error = keyStateError(operation, keyArn(EXAMPLE_KEY_ID), state);
      expect(error?.name ?? '✓').toBe(expected);
    },
  );
});

/*
 * The PendingImport column of AWS's key-state table: a key with Origin EXTERNAL before its material is imported,
 * or after the material was deleted or expired. Written out independently of the backend's table.
 */
const AWS_PENDING_IMPORT_COLUMN = {
  CancelKeyDeletion: 'KMSInvalidStateException',
  CreateAlias: '✓',
  CreateGrant: 'KMSInvalidStateException',
  Decrypt: 'KMSInvalidStateException',
  DeleteAlias: '✓',
  DeleteImportedKeyMaterial: '✓',
  DescribeKey: '✓',
  DisableKey: 'KMSInvalidStateException',
  EnableKey: 'KMSInvalidStateException',
  Encrypt: 'KMSInvalidStateException',
  GenerateDataKey: 'KMSInvalidStateException',
  GenerateDataKeyWithoutPlaintext: 'KMSInvalidStateException',
  GenerateMac: 'KMSInvalidStateException',
  GetParametersForImport: '✓',
  ImportKeyMaterial: '✓',
  ListGrants: '✓',
  ListResourceTags: '✓',
  ReEncrypt: 'KMSInvalidStateException',
  RetireGrant: '✓',
  RevokeGrant: '✓',
  RotateKeyOnDemand: 'KMSInvalidStateException',
  ScheduleKeyDeletion: '✓',
  TagResource: '✓',
  UntagResource: '✓',
  UpdateAlias: '✓',
  VerifyMac: 'KMSInvalidStateException',
} as const;

describe("the key-state rules for PendingImport against AWS's published table", () => {
  test.each(Object.entries(AWS_PENDING_IMPORT_COLUMN))('%s on a key pending import answers as AWS does (%s)', (operation, expected) => {
    if (!isOperationName(operation)) throw new Error(`${operation} is not an operation QKMS serves`);
    expect(keyStateError(operation, keyArn(EXAMPLE_KEY_ID), 'PendingImport')?.name ?? '✓').toBe(expected);
  });

  test('answers Encrypt on the seeded key pending import with KMSInvalidStateException that says so', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: IMPORT_KEY_ID, Plaintext: 'aGk=' });
    expect(reply.body).toEqual({ __type: 'KMSInvalidStateException', message: `${keyArn(IMPORT_KEY_ID)} is pending import.` });
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { alias, aliasesOf, scheduleDeletion } from '../support/aliases';
import { b64, call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';

const clock = () => new Date(Date.UTC(2025, 5, 1));

describe('CreateAlias', () => {
  test('names a key, answers nothing, and the new alias works wherever KeyId does', async () => {
    const qkms = createQkms({ clock });
    const reply = await call(qkms, 'CreateAlias', { AliasName: 'alias/payments', TargetKeyId: keyArn(SECOND_KEY_ID) });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await aliasesOf(qkms, { KeyId: SECOND_KEY_ID })).toEqual([
      {
        AliasName: 'alias/payments',
        AliasArn: 'arn:verenc:111122223333:alias/payments',
        TargetKeyId: SECOND_KEY_ID,
        CreationDate: 1748736000,
        LastUpdatedDate: 1748736000,
      },
    ]);
    const encrypted = await call(qkms, 'Encrypt', { KeyId: 'alias/payments', Plaintext: b64('hi') });
    expect(encrypted.body.KeyId).toBe(keyArn(SECOND_KEY_ID));
    const described = await call(qkms, 'DescribeKey', { KeyId: 'arn:verenc:111122223333:alias/payments' });
    expect((described.body.KeyMetadata as { KeyId: string }).KeyId).toBe(SECOND_KEY_ID);
  });

  test('gives one key many aliases, up to 50, then LimitExceededException', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms);
    for (let i = 0; i < 50; i++) await alias(qkms, `alias/many-${i}`, KeyId);
    const reply = await call(qkms, 'CreateAlias', { AliasName: 'alias/one-too-many', TargetKeyId: KeyId });
    expect(errorOf(reply)).toEqual({
      type: 'LimitExceededException',
      status: 400,
      message: `${keyArn(KeyId)} already has 50 aliases, the most a KMS key may have (50).`,
    });
  });

  test('returns AlreadyExistsException for a name the account already uses, even for the same key', async () => {
    const reply = await call(createQkms(), 'CreateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: EXAMPLE_KEY_ID });
    expect(errorOf(reply)).toEqual({
      type: 'AlreadyExistsException',
      status: 400,
      message: 'An alias with the name arn:verenc:111122223333:alias/ExampleAlias already exists',
    });
  });

  test('returns InvalidAliasNameException for a name under alias/aws/, in any case', async () => {
    for (const AliasName of ['alias/aws/s3', 'alias/AWS/mine']) {
      const reply = await call(createQkms(), 'CreateAlias', { AliasName, TargetKeyId: EXAMPLE_KEY_ID });
      expect(errorOf(reply)).toEqual({
        type: 'InvalidAliasNameException',
        status: 400,
        message: `Alias ${AliasName} begins with alias/aws/, which is reserved for AWS managed keys.`,
      });
    }
  });

  test('returns ValidationException for a name without the alias/ prefix, with characters outside the model pattern, or too long', async () => {
    const qkms = createQkms();
    const unprefixed = await call(qkms, 'CreateAlias', { AliasName: 'payments', TargetKeyId: EXAMPLE_KEY_ID });
    expect(errorOf(unprefixed)).toMatchObject({
      type: 'ValidationException',
      message: 'Alias must start with the prefix "alias/" followed by a name: payments does not.',
    });
    const bare = await call(qkms, 'CreateAlias', { AliasName: 'alias/', TargetKeyId: EXAMPLE_KEY_ID });
    expect(errorOf(bare).type).toBe('ValidationException');
    const spaced = await call(qkms, 'CreateAlias', { AliasName: 'alias/my key', TargetKeyId: EXAMPLE_KEY_ID });
    expect(errorOf(spaced)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('aliasName') });
    const long = await call(qkms, 'CreateAlias', { AliasName: `alias/${'a'.repeat(251)}`, TargetKeyId: EXAMPLE_KEY_ID });
    expect(errorOf(long).type).toBe('ValidationException');
    expect((await call(qkms, 'CreateAlias', { AliasName: `alias/${'a'.repeat(250)}`, TargetKeyId: EXAMPLE_KEY_ID })).status).toBe(200);
  });

  test('returns NotFoundException for a key that does not exist, or a TargetKeyId that is an alias', async () => {
    const qkms = createQkms();
    const missing = await call(qkms, 'CreateAlias', { AliasName: 'alias/x', TargetKeyId: '11111111-2222-3333-4444-555555555555' });
    expect(errorOf(missing)).toMatchObject({
      type: 'NotFoundException',
      message: "Key 'arn:verenc:111122223333:key/11111111-2222-3333-4444-555555555555' does not exist",
    });
    for (const TargetKeyId of ['alias/ExampleAlias', 'arn:verenc:111122223333:alias/ExampleAlias']) {
      const reply = await call(qkms, 'CreateAlias', { AliasName: 'alias/x', TargetKeyId });
      expect(errorOf(reply)).toEqual({
        type: 'NotFoundException',
        status: 400,
        message: `TargetKeyId ${TargetKeyId} is an alias; CreateAlias takes the key ID or key ARN of a KMS key.`,
      });
    }
  });

  test('returns KMSInvalidStateException for a key pending deletion, but names a disabled key', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms);
    await call(qkms, 'DisableKey', { KeyId });
    expect((await call(qkms, 'CreateAlias', { AliasName: 'alias/disabled', TargetKeyId: KeyId })).status).toBe(200);
    await scheduleDeletion(qkms, KeyId);
    const reply = await call(qkms, 'CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: KeyId });
    expect(errorOf(reply)).toMatchObject({ type: 'KMSInvalidStateException', message: `${keyArn(KeyId)} is pending deletion.` });
  });

  test('returns AccessDeniedException to a principal of another account the key policy does not allow', async () => {
    const reply = await call(createQkms(), 'CreateAlias', { AliasName: 'alias/theirs', TargetKeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner);
    expect(errorOf(reply)).toMatchObject({ type: 'AccessDeniedException' });
  });
});

describe('CreateAlias across accounts', () => {
  test("refuses a key of another account even when its key policy lets the caller in, and creates no alias", async () => {
    const qkms = createQkms({ clock });
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:verenc:111122223333:root', 'arn:verenc:444455556666:root'] }, Action: 'kms:*', Resource: '*' }],
    });
    const { KeyId } = await create(qkms, { Policy: policy });
    const reply = await call(qkms, 'CreateAlias', { AliasName: 'alias/partners', TargetKeyId: keyArn(KeyId) }, asPartner);
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: expect.stringContaining("the caller's account") });
    const listed = await call(qkms, 'ListAliases', { KeyId });
    expect(listed.body.Aliases).toEqual([]);
    const update = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: keyArn(KeyId) }, asPartner);
    expect(errorOf(update).type).toBe('NotFoundException');
  });
});

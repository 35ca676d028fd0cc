import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { alias, aliasesOf, scheduleDeletion } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';

describe('UpdateAlias', () => {
  test('points the alias at another key of the same type and usage, keeping its creation date', async () => {
    const qkms = createQkms({ clock: () => new Date(Date.UTC(2025, 5, 1)) });
    const reply = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: keyArn(SECOND_KEY_ID) });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await aliasesOf(qkms)).toEqual([
      {
        AliasName: 'alias/ExampleAlias',
        AliasArn: 'arn:verenc:111122223333:alias/ExampleAlias',
        TargetKeyId: SECOND_KEY_ID,
        CreationDate: 1704067200,
        LastUpdatedDate: 1748736000,
      },
    ]);
    const described = await call(qkms, 'DescribeKey', { KeyId: 'alias/ExampleAlias' });
    expect((described.body.KeyMetadata as { KeyId: string }).KeyId).toBe(SECOND_KEY_ID);
  });

  test('moves an alias between asymmetric keys of different families that share a key usage', async () => {
    const qkms = createQkms();
    const rsa = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    const ecc = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    await alias(qkms, 'alias/signer', rsa.KeyId);
    expect((await call(qkms, 'UpdateAlias', { AliasName: 'alias/signer', TargetKeyId: ecc.KeyId })).status).toBe(200);
  });

  test('returns ValidationException for a key of another type or key usage', async () => {
    const qkms = createQkms();
    const hmac = await create(qkms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const toHmac = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: hmac.KeyId });
    expect(errorOf(toHmac)).toEqual({
      type: 'ValidationException',
      status: 400,
      message: `alias/ExampleAlias points to a symmetric key with key usage ENCRYPT_DECRYPT; ${keyArn(hmac.KeyId)} is a HMAC key with key usage GENERATE_VERIFY_MAC. UpdateAlias moves an alias only between keys of the same type and key usage.`,
    });
    const rsaEncrypt = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const rsaSign = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    await alias(qkms, 'alias/rsa', rsaEncrypt.KeyId);
    const otherUsage = await call(qkms, 'UpdateAlias', { AliasName: 'alias/rsa', TargetKeyId: rsaSign.KeyId });
    expect(errorOf(otherUsage).type).toBe('ValidationException');
  });

  test('returns NotFoundException for an alias the account does not have, a missing key, or an alias as TargetKeyId', async () => {
    const qkms = createQkms();
    const noAlias = await call(qkms, 'UpdateAlias', { AliasName: 'alias/nothing', TargetKeyId: SECOND_KEY_ID });
    expect(errorOf(noAlias)).toMatchObject({ type: 'NotFoundException', message: 'Alias arn:verenc:111122223333:alias/nothing is not found.' });
    const noKey = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: '11111111-2222-3333-4444-555555555555' });
    expect(errorOf(noKey).type).toBe('NotFoundException');
    const byAlias = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: 'alias/ExampleAlias' });
    expect(errorOf(byAlias)).toMatchObject({
      type: 'NotFoundException',
      message: 'TargetKeyId alias/ExampleAlias is an alias; UpdateAlias takes the key ID or key ARN of a KMS key.',
    });
  });

  test('returns ValidationException for a name without the alias/ prefix', async () => {
    const reply = await call(createQkms(), 'UpdateAlias', { AliasName: 'ExampleAlias', TargetKeyId: SECOND_KEY_ID });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns KMSInvalidStateException when the new key or the current one is pending deletion', async () => {
    const qkms = createQkms();
    const doomed = await create(qkms);
    await scheduleDeletion(qkms, doomed.KeyId);
    const toDoomed = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: doomed.KeyId });
    expect(errorOf(toDoomed)).toMatchObject({ type: 'KMSInvalidStateException', message: `${keyArn(doomed.KeyId)} is pending deletion.` });
    await scheduleDeletion(qkms, EXAMPLE_KEY_ID);
    const fromDoomed = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: SECOND_KEY_ID });
    expect(errorOf(fromDoomed)).toMatchObject({ type: 'KMSInvalidStateException', message: `${keyArn(EXAMPLE_KEY_ID)} is pending deletion.` });
  });

  test('returns LimitExceededException when the new key already has 50 aliases', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 50; i++) await alias(qkms, `alias/full-${i}`, SECOND_KEY_ID);
    const reply = await call(qkms, 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: SECOND_KEY_ID });
    expect(errorOf(reply)).toMatchObject({ type: 'LimitExceededException' });
    // Pointing an alias at the key it already names adds nothing, so the limit does not apply.
    expect((await call(qkms, 'UpdateAlias', { AliasName: 'alias/full-0', TargetKeyId: SECOND_KEY_ID })).status).toBe(200);
  });

  test('returns NotFoundException to another account, whose alias names are its own', async () => {
    const reply = await call(createQkms(), 'UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: keyArn(SECOND_KEY_ID) }, asPartner);
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException' });
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { alias, aliasesOf, scheduleDeletion } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';

describe('DeleteAlias', () => {
  test('deletes the alias and leaves its key and the key’s other aliases alone', async () => {
    const qkms = createQkms();
    await alias(qkms, 'alias/second-name', EXAMPLE_KEY_ID);
    const reply = await call(qkms, 'DeleteAlias', { AliasName: 'alias/ExampleAlias' });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect((await aliasesOf(qkms)).map((entry) => entry.AliasName)).toEqual(['alias/second-name']);
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    const gone = await call(qkms, 'DescribeKey', { KeyId: 'alias/ExampleAlias' });
    expect(errorOf(gone)).toMatchObject({ type: 'NotFoundException', message: 'Alias arn:verenc:111122223333:alias/ExampleAlias is not found.' });
  });

  test('deletes the alias of a key pending deletion', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms);
    await alias(qkms, 'alias/doomed', KeyId);
    await scheduleDeletion(qkms, KeyId);
    expect((await call(qkms, 'DeleteAlias', { AliasName: 'alias/doomed' })).status).toBe(200);
  });

  test('returns NotFoundException for an alias the account does not have, reserved names included', async () => {
    for (const AliasName of ['alias/nothing-here', 'alias/aws/s3']) {
      const reply = await call(createQkms(), 'DeleteAlias', { AliasName });
      expect(errorOf(reply)).toEqual({ type: 'NotFoundException', status: 400, message: `Alias arn:verenc:111122223333:${AliasName} is not found.` });
    }
  });

  test('returns ValidationException for a name without the alias/ prefix', async () => {
    const reply = await call(createQkms(), 'DeleteAlias', { AliasName: 'ExampleAlias' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: 'Alias must start with the prefix "alias/" followed by a name: ExampleAlias does not.' });
  });

  test('looks the name up in the caller’s own account, so another account cannot delete the sandbox’s alias', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'DeleteAlias', { AliasName: 'alias/ExampleAlias' }, asPartner);
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: 'Alias arn:verenc:444455556666:alias/ExampleAlias is not found.' });
    expect((await aliasesOf(qkms)).map((entry) => entry.TargetKeyId)).toEqual([EXAMPLE_KEY_ID]);
  });
});

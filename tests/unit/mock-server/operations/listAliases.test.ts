import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { alias, aliasesOf } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';

describe('ListAliases', () => {
  test('lists the seeded alias with its ARN, target key id and dates', async () => {
    const reply = await call(createQkms(), 'ListAliases', {});
    expect(reply.body).toEqual({
      Aliases: [
        {
          AliasName: 'alias/ExampleAlias',
          AliasArn: 'arn:verenc:111122223333:alias/ExampleAlias',
          TargetKeyId: EXAMPLE_KEY_ID,
          CreationDate: 1704067200,
          LastUpdatedDate: 1704067200,
        },
      ],
      Truncated: false,
    });
  });

  test('lists by alias name and pages with Limit, Marker, NextMarker and Truncated', async () => {
    const qkms = createQkms();
    for (const name of ['alias/c', 'alias/a', 'alias/b']) await alias(qkms, name, SECOND_KEY_ID);
    const first = await call(qkms, 'ListAliases', { Limit: 2 });
    expect((first.body.Aliases as { AliasName: string }[]).map((a) => a.AliasName)).toEqual(['alias/ExampleAlias', 'alias/a']);
    expect(first.body).toMatchObject({ NextMarker: 'alias/b', Truncated: true });
    const second = await call(qkms, 'ListAliases', { Limit: 2, Marker: first.body.NextMarker });
    expect((second.body.Aliases as { AliasName: string }[]).map((a) => a.AliasName)).toEqual(['alias/b', 'alias/c']);
    expect(second.body.Truncated).toBe(false);
    expect(second.body.NextMarker).toBeUndefined();
  });

  test('filters by KeyId given as key id or key ARN', async () => {
    const qkms = createQkms();
    await alias(qkms, 'alias/other', SECOND_KEY_ID);
    expect((await aliasesOf(qkms, { KeyId: SECOND_KEY_ID })).map((a) => a.AliasName)).toEqual(['alias/other']);
    expect((await aliasesOf(qkms, { KeyId: keyArn(EXAMPLE_KEY_ID) })).map((a) => a.AliasName)).toEqual(['alias/ExampleAlias']);
  });

  test('lists only the caller’s account’s aliases', async () => {
    const reply = await call(createQkms(), 'ListAliases', {}, asPartner);
    expect(reply.body).toEqual({ Aliases: [], Truncated: false });
  });

  test('returns InvalidMarkerException for a marker no earlier page gave', async () => {
    const reply = await call(createQkms(), 'ListAliases', { Marker: 'alias/nope' });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidMarkerException' });
  });

  test('returns InvalidArnException for a malformed key ARN and NotFoundException for a missing key or an alias as KeyId', async () => {
    const qkms = createQkms();
    const malformed = await call(qkms, 'ListAliases', { KeyId: 'arn:aws:kms:key/x' });
    expect(errorOf(malformed)).toMatchObject({ type: 'InvalidArnException', message: 'Invalid arn arn:aws:kms:key/x' });
    const missing = await call(qkms, 'ListAliases', { KeyId: '11111111-2222-3333-4444-555555555555' });
    expect(errorOf(missing).type).toBe('NotFoundException');
    const byAlias = await call(qkms, 'ListAliases', { KeyId: 'alias/ExampleAlias' });
    expect(errorOf(byAlias)).toMatchObject({
      type: 'NotFoundException',
      message: 'KeyId alias/ExampleAlias is an alias; ListAliases takes the key ID or key ARN of a KMS key.',
    });
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { call, errorOf } from './support/call';
import type { Metadata } from './support/fixtures';

/* Who is calling (X-Qkms-Caller) and which account's keys that caller creates and sees by bare key id. */

describe('caller identity (X-Qkms-Caller)', () => {
  test('creates keys in the account of the calling principal', async () => {
    const qkms = createQkms();
    const caller = { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' };
    const reply = await call(qkms, 'CreateKey', {}, caller);
    const metadata = reply.body.KeyMetadata as Metadata;
    expect(metadata.Arn).toBe(`arn:verenc:444455556666:key/${metadata.KeyId}`);
    const listed = await call(qkms, 'ListKeys', {}, caller);
    expect(listed.body.Keys).toEqual([{ KeyId: metadata.KeyId, KeyArn: metadata.Arn }]);
  });

  test('returns NotFoundException for a key of this account named by a principal of another', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' });
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: `Key 'arn:verenc:444455556666:key/${EXAMPLE_KEY_ID}' does not exist` });
  });

  test('returns ValidationException given an X-Qkms-Caller that is not a principal ARN', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Caller': 'somebody' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('X-Qkms-Caller') });
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';

/* How operations resolve KeyId: key id, key ARN, alias name, alias ARN, and the error each malformed or unknown one gets. */

describe('key identifiers', () => {
  test.each([
    ['key ARN', keyArn(EXAMPLE_KEY_ID)],
    ['alias name', 'alias/ExampleAlias'],
    ['alias ARN', 'arn:verenc:111122223333:alias/ExampleAlias'],
  ])('resolves a %s to its key', async (_kind, keyId) => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: keyId, Plaintext: b64('x') });
    expect(reply.body.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
  });

  test('returns NotFoundException given an unknown alias', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: 'alias/nope', Plaintext: b64('x') });
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: 'Alias arn:verenc:111122223333:alias/nope is not found.' });
  });

  test('returns NotFoundException given a malformed ARN where the operation has no InvalidArnException', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: 'arn:aws:kms:us-east-1:1:key/x', Plaintext: b64('x') });
    expect(errorOf(reply).type).toBe('NotFoundException');
  });

  test('returns InvalidArnException given a malformed ARN where the operation has it', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: 'arn:verenc:nope:key/x' });
    expect(errorOf(reply).type).toBe('InvalidArnException');
  });
});

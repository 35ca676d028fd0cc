import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';
import { encrypted } from './support/fixtures';

/* X-Qkms-Sandbox-Fault: the 5xx errors any operation may return, on demand. */

describe('sandbox faults', () => {
  test.each([
    ['DependencyTimeoutException', 503],
    ['KeyUnavailableException', 500],
    ['KMSInternalException', 500],
  ])('answers %s with HTTP %i when the fault header asks for it', async (fault, status) => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') }, { 'X-Qkms-Sandbox-Fault': fault });
    expect(errorOf(reply)).toMatchObject({ type: fault, status });
  });

  test('validates the input before injecting a fault', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Sandbox-Fault': 'KMSInternalException' });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns ValidationException naming the allowed faults given an unknown one', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Sandbox-Fault': 'Boom' });
    const error = errorOf(reply);
    expect(error.type).toBe('ValidationException');
    expect(error.message).toContain('DependencyTimeoutException, KeyUnavailableException, KMSInternalException');
  });

  test('refuses a fault AWS KMS never answers the operation with, naming the ones it can answer', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Sandbox-Fault': 'KeyUnavailableException' });
    expect(errorOf(reply)).toMatchObject({
      type: 'ValidationException',
      message:
        'DescribeKey never returns KeyUnavailableException in AWS KMS, so X-Qkms-Sandbox-Fault cannot ask for it; it can answer DependencyTimeoutException, KMSInternalException.',
    });
  });

  test('ignores the fault header when faults are off', async () => {
    const reply = await call(createQkms({ faults: false }), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, {
      'X-Qkms-Sandbox-Fault': 'DependencyTimeoutException',
    });
    expect(reply.status).toBe(200);
  });

  test.each([
    ['DependencyTimeoutException', 503],
    ['KeyUnavailableException', 500],
    ['KMSInternalException', 500],
  ])('answers %s to ReEncrypt when the sandbox fault header asks for it', async (fault, status) => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: await encrypted(qkms), DestinationKeyId: SECOND_KEY_ID }, {
      'X-Qkms-Sandbox-Fault': fault,
    });
    expect(errorOf(reply)).toMatchObject({ type: fault, status });
  });
});

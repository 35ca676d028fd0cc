import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';

describe('ListKeyPolicies', () => {
  test('lists the one key policy, default', async () => {
    const reply = await call(createQkms(), 'ListKeyPolicies', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body).toEqual({ PolicyNames: ['default'], Truncated: false });
  });

  test('pages like the other List operations: the marker names the next entry, and a foreign marker is refused', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'ListKeyPolicies', { KeyId: EXAMPLE_KEY_ID, Limit: 1 })).body).toEqual({ PolicyNames: ['default'], Truncated: false });
    expect((await call(qkms, 'ListKeyPolicies', { KeyId: EXAMPLE_KEY_ID, Marker: 'default' })).body.PolicyNames).toEqual(['default']);
    expect(errorOf(await call(qkms, 'ListKeyPolicies', { KeyId: EXAMPLE_KEY_ID, Marker: 'elsewhere' })).type).toBe('InvalidMarkerException');
  });

  test('needs kms:ListKeyPolicies: another account is refused under the default policy', async () => {
    const reply = await call(createQkms(), 'ListKeyPolicies', { KeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner);
    expect(errorOf(reply).message).toContain('kms:ListKeyPolicies on resource');
  });
});

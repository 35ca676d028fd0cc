import { ListKeyRotationsCommand, RotateKeyOnDemandCommand, UnsupportedOperationException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { createKey, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('ListKeyRotations through the AWS SDK', () => {
  it('lists each on-demand rotation, paging with Limit and Marker', async () => {
    const keyId = await newSymmetricKey(server.kms);
    for (let i = 0; i < 3; i++) await server.kms.send(new RotateKeyOnDemandCommand({ KeyId: keyId }));
    const first = await server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId, Limit: 2 }));
    expect(first.Rotations).toHaveLength(2);
    expect(first.Truncated).toBe(true);
    const rest = await server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId, Marker: first.NextMarker }));
    expect(rest.Rotations).toHaveLength(1);
    expect(rest.Truncated).toBe(false);
    expect(rest.Rotations?.[0]).toMatchObject({ KeyId: keyArn(keyId), RotationType: 'ON_DEMAND', KeyMaterialState: 'CURRENT' });
  });

  it('returns UnsupportedOperationException for an asymmetric key', async () => {
    const keyId = await createKey(server.kms, 'ECC_NIST_P256', 'SIGN_VERIFY');
    await expectKmsError(server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId })), UnsupportedOperationException, 400);
  });
});

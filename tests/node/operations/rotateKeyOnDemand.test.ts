import { DescribeKeyCommand, LimitExceededException, ListKeyRotationsCommand, RotateKeyOnDemandCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('RotateKeyOnDemand through the AWS SDK', () => {
  it('makes new key material current, and refuses a 26th on-demand rotation with LimitExceededException', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const before = (await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata?.CurrentKeyMaterialId;
    for (let i = 0; i < 25; i++) await server.kms.send(new RotateKeyOnDemandCommand({ KeyId: keyId }));
    const after = (await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata?.CurrentKeyMaterialId;
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);
    await expectKmsError(server.kms.send(new RotateKeyOnDemandCommand({ KeyId: keyId })), LimitExceededException, 400);
    const all = await server.kms.send(new ListKeyRotationsCommand({ KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL', Limit: 100 }));
    expect(all.Rotations).toHaveLength(26);
    expect(all.Rotations?.at(-1)).toMatchObject({ KeyMaterialId: after, KeyMaterialState: 'CURRENT', RotationType: 'ON_DEMAND' });
  });
});

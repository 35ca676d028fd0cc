import { DecryptCommand, EncryptCommand, ListGrantsCommand } from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE, SECOND_KEY_ID, SEEDED_GRANT_ID, SEEDED_GRANT_TOKEN, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, text } from '../support/sdkHelpers';

const server = useSandboxServer({ principals: { AKIDEXAMPLEROLE: EXAMPLE_ROLE } });
const asExampleRole = (): KMSClient => server.client({ accessKeyId: 'AKIDEXAMPLEROLE' });

describe('ListGrants through the AWS SDK', () => {
  it('lists the seeded grant, whose token lets ExampleRole decrypt', async () => {
    const { Grants } = await server.kms.send(new ListGrantsCommand({ KeyId: SECOND_KEY_ID }));
    expect(Grants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          GrantId: SEEDED_GRANT_ID,
          KeyId: keyArn(SECOND_KEY_ID),
          GranteePrincipal: EXAMPLE_ROLE,
          Operations: expect.arrayContaining(['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'DescribeKey']),
        }),
      ]),
    );
    const encrypted = await server.kms.send(new EncryptCommand({ KeyId: SECOND_KEY_ID, Plaintext: bytes('for the role') }));
    const decrypted = await asExampleRole().send(
      new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, GrantTokens: [SEEDED_GRANT_TOKEN] }),
    );
    expect(text(decrypted.Plaintext)).toBe('for the role');
  });
});

import { CreateKeyCommand, EncryptCommand, MalformedPolicyDocumentException, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes } from '../support/sdkHelpers';

const server = useSandboxServer({ principals: { AKIDEXAMPLEROLE: EXAMPLE_ROLE } });

const admin = { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: 'arn:verenc:111122223333:root' }, Action: 'kms:*', Resource: '*' };

describe('PutKeyPolicy through the AWS SDK', () => {
  it('puts a policy whose Deny then refuses the role the request Encrypt, with AccessDeniedException', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({}));
    const KeyId = KeyMetadata?.KeyId;
    const role = server.client({ accessKeyId: 'AKIDEXAMPLEROLE' });
    await role.send(new EncryptCommand({ KeyId, Plaintext: bytes('before') }));
    const denyRole = { Effect: 'Deny', Principal: { AWS: EXAMPLE_ROLE }, Action: 'kms:Encrypt', Resource: '*' };
    await server.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: JSON.stringify({ Statement: [admin, denyRole] }) }));
    const error = await expectKmsError(role.send(new EncryptCommand({ KeyId, Plaintext: bytes('after') })), 'AccessDeniedException', 400);
    expect(error.message).toBe(
      `User: ${EXAMPLE_ROLE} is not authorized to perform: kms:Encrypt on resource: ${KeyMetadata?.Arn} with an explicit deny in a resource-based policy`,
    );
  });

  it('rejects a policy that is not JSON with MalformedPolicyDocumentException', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({}));
    const error = await expectKmsError(
      server.kms.send(new PutKeyPolicyCommand({ KeyId: KeyMetadata?.KeyId, Policy: '{"Statement": ' })),
      MalformedPolicyDocumentException,
      400,
    );
    expect(error.message).toMatch(/^The key policy is not valid JSON/);
  });

  it('rejects a lock-out policy unless BypassPolicyLockoutSafetyCheck is set', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({}));
    const Policy = JSON.stringify({ Statement: [{ ...admin, Principal: { AWS: EXAMPLE_ROLE } }] });
    await expectKmsError(server.kms.send(new PutKeyPolicyCommand({ KeyId: KeyMetadata?.KeyId, Policy })), MalformedPolicyDocumentException, 400);
    await server.kms.send(new PutKeyPolicyCommand({ KeyId: KeyMetadata?.KeyId, Policy, BypassPolicyLockoutSafetyCheck: true }));
  });
});

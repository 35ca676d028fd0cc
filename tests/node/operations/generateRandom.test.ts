import { CustomKeyStoreNotFoundException, GenerateRandomCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GenerateRandom through the AWS SDK', () => {
  it('returns NumberOfBytes random bytes, different each call', async () => {
    const first = await server.kms.send(new GenerateRandomCommand({ NumberOfBytes: 1024 }));
    const second = await server.kms.send(new GenerateRandomCommand({ NumberOfBytes: 1024 }));
    expect(first.Plaintext!.length).toBe(1024);
    expect(Buffer.from(first.Plaintext!).equals(Buffer.from(second.Plaintext!))).toBe(false);
  });

  it('answers CustomKeyStoreNotFoundException for a CustomKeyStoreId no store of the account has', async () => {
    await expectKmsError(
      server.kms.send(new GenerateRandomCommand({ NumberOfBytes: 8, CustomKeyStoreId: 'cks-1234567890abcdef0' })),
      CustomKeyStoreNotFoundException,
      400,
    );
  });
});

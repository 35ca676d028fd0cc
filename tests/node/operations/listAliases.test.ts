import { CreateAliasCommand, InvalidArnException, InvalidMarkerException, ListAliasesCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('ListAliases through the AWS SDK', () => {
  it('lists the seeded alias with its dates as Date objects', async () => {
    const { Aliases, Truncated } = await server.kms.send(new ListAliasesCommand({ KeyId: EXAMPLE_KEY_ID }));
    expect(Truncated).toBe(false);
    expect(Aliases).toEqual([
      {
        AliasName: 'alias/ExampleAlias',
        AliasArn: 'arn:verenc:111122223333:alias/ExampleAlias',
        TargetKeyId: EXAMPLE_KEY_ID,
        CreationDate: new Date('2024-01-01T00:00:00Z'),
        LastUpdatedDate: new Date('2024-01-01T00:00:00Z'),
      },
    ]);
  });

  it('pages with Limit and Marker until Truncated is false', async () => {
    const keyId = await newSymmetricKey(server.kms);
    for (const name of ['alias/sdk-page-a', 'alias/sdk-page-b', 'alias/sdk-page-c']) {
      await server.kms.send(new CreateAliasCommand({ AliasName: name, TargetKeyId: keyId }));
    }
    const names: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await server.kms.send(new ListAliasesCommand({ KeyId: keyId, Limit: 2, Marker }));
      names.push(...(page.Aliases ?? []).map((alias) => alias.AliasName ?? ''));
      Marker = page.Truncated ? page.NextMarker : undefined;
    } while (Marker !== undefined);
    expect(names).toEqual(['alias/sdk-page-a', 'alias/sdk-page-b', 'alias/sdk-page-c']);
  });

  it('raises InvalidMarkerException, InvalidArnException and NotFoundException', async () => {
    await expectKmsError(server.kms.send(new ListAliasesCommand({ Marker: 'alias/sdk-no-such' })), InvalidMarkerException, 400);
    await expectKmsError(server.kms.send(new ListAliasesCommand({ KeyId: 'arn:verenc:key/x' })), InvalidArnException, 400);
    await expectKmsError(server.kms.send(new ListAliasesCommand({ KeyId: 'alias/ExampleAlias' })), NotFoundException, 400);
  });
});

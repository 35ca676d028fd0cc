import { ListKeysCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('ListKeys through the AWS SDK', () => {
  it('pages through every key with Limit and Marker', async () => {
    const created = [await newSymmetricKey(server.kms), await newSymmetricKey(server.kms), await newSymmetricKey(server.kms)];
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await server.kms.send(new ListKeysCommand({ Limit: 2, Marker: marker }));
      pages += 1;
      expect(page.Keys!.length).toBeLessThanOrEqual(2);
      for (const key of page.Keys!) {
        expect(key.KeyArn).toBe(keyArn(key.KeyId!));
        seen.push(key.KeyId!);
      }
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
    } while (marker !== undefined);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([EXAMPLE_KEY_ID, SECOND_KEY_ID, ...created]));
  });
});

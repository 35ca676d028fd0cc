import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, MAC_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('ListKeys', () => {
  test('lists the seeded keys', async () => {
    const reply = await call(createQkms(), 'ListKeys', {});
    expect(reply.body).toEqual({
      Keys: [
        { KeyId: EXAMPLE_KEY_ID, KeyArn: keyArn(EXAMPLE_KEY_ID) },
        { KeyId: SECOND_KEY_ID, KeyArn: keyArn(SECOND_KEY_ID) },
        { KeyId: SIGNING_KEY_ID, KeyArn: keyArn(SIGNING_KEY_ID) },
        { KeyId: MAC_KEY_ID, KeyArn: keyArn(MAC_KEY_ID) },
      ],
      Truncated: false,
    });
  });

  test('pages with Limit and Marker until Truncated is false', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 1; i += 1) await create(qkms);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const reply = await call(qkms, 'ListKeys', marker ? { Limit: 2, Marker: marker } : { Limit: 2 });
      seen.push(...(reply.body.Keys as { KeyId: string }[]).map((key) => key.KeyId));
      marker = reply.body.Truncated ? String(reply.body.NextMarker) : undefined;
      pages += 1;
    } while (marker);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  test('returns InvalidMarkerException given a marker it did not hand out', async () => {
    expect(errorOf(await call(createQkms(), 'ListKeys', { Marker: 'made-up' })).type).toBe('InvalidMarkerException');
  });
});

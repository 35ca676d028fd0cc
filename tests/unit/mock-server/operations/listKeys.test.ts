import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { keyArn, SEEDED_KEY_IDS } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('ListKeys', () => {
  test('lists the seeded keys', async () => {
    const reply = await call(createQkms(), 'ListKeys', {});
    expect(reply.body).toEqual({
      Keys: SEEDED_KEY_IDS.map((keyId) => ({ KeyId: keyId, KeyArn: keyArn(keyId) })),
      Truncated: false,
    });
  });

  test('pages with Limit and Marker until Truncated is false', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 3; i += 1) await create(qkms);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const reply = await call(qkms, 'ListKeys', marker ? { Limit: 2, Marker: marker } : { Limit: 2 });
      seen.push(...(reply.body.Keys as { KeyId: string }[]).map((key) => key.KeyId));
      marker = reply.body.Truncated ? String(reply.body.NextMarker) : undefined;
      pages += 1;
    } while (marker);
    expect(pages).toBe(Math.ceil((SEEDED_KEY_IDS.length + 3) / 2));
    expect(new Set(seen).size).toBe(SEEDED_KEY_IDS.length + 3);
  });

  test('returns InvalidMarkerException given a marker it did not hand out', async () => {
    expect(errorOf(await call(createQkms(), 'ListKeys', { Marker: 'made-up' })).type).toBe('InvalidMarkerException');
  });
});

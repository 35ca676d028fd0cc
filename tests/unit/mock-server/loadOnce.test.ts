import { describe, expect, test } from 'vitest';
import { loadOnce } from '../../../mock-server/crypto/nobleLibraries';

describe('loadOnce', () => {
  test('imports once however many requests ask, together or one after another', async () => {
    let loads = 0;
    const library = loadOnce(async () => ({ loaded: ++loads }));
    const together = await Promise.all([library(), library(), library()]);
    expect(await library()).toBe(together[0]);
    expect(together.every((value) => value === together[0])).toBe(true);
    expect(loads).toBe(1);
  });

  test('forgets a failed load, so the next request tries again', async () => {
    let attempts = 0;
    const library = loadOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk could not be fetched');
      return 'loaded';
    });
    await expect(library()).rejects.toThrow('chunk could not be fetched');
    expect(await library()).toBe('loaded');
    expect(await library()).toBe('loaded');
    expect(attempts).toBe(2);
  });
});

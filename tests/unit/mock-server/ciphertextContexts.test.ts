import { describe, expect, it } from 'vitest';
import {
  ciphertextContextOf,
  KEPT_CIPHERTEXT_CONTEXTS,
  noteCiphertextContext,
} from '../../../mock-server/model/keys/ciphertextContexts';
import { createMemoryStore } from '../../../mock-server/store/memoryStore';

const ivOf = (n: number) => {
  const iv = new Uint8Array(12);
  new DataView(iv.buffer).setUint32(8, n);
  return iv;
};

describe('the remembered contexts of recent ciphertexts (for the sandbox hints)', () => {
  it('answers the context a ciphertext was made with, by its IV, and nothing for an IV it never saw', async () => {
    const store = createMemoryStore();
    await noteCiphertextContext(store, ivOf(1), { Department: 'Finance' });
    await noteCiphertextContext(store, ivOf(2), undefined);
    expect(await ciphertextContextOf(store, ivOf(1))).toEqual({ Department: 'Finance' });
    expect(await ciphertextContextOf(store, ivOf(2))).toEqual({});
    expect(await ciphertextContextOf(store, ivOf(3))).toBeUndefined();
  });

  it(`keeps the latest ${KEPT_CIPHERTEXT_CONTEXTS} and forgets older ones, in as many records plus a cursor`, async () => {
    const store = createMemoryStore();
    for (let n = 0; n <= KEPT_CIPHERTEXT_CONTEXTS; n += 1) await noteCiphertextContext(store, ivOf(n), { n: String(n) });
    expect(await ciphertextContextOf(store, ivOf(0))).toBeUndefined();
    expect(await ciphertextContextOf(store, ivOf(1))).toEqual({ n: '1' });
    expect(await ciphertextContextOf(store, ivOf(KEPT_CIPHERTEXT_CONTEXTS))).toEqual({ n: String(KEPT_CIPHERTEXT_CONTEXTS) });
    expect((await store.list('meta')).length).toBe(KEPT_CIPHERTEXT_CONTEXTS + 1);
  });

  it('still reads the single record an older backend kept them in', async () => {
    const store = createMemoryStore();
    await store.put('meta', 'ciphertext-contexts', { kind: 'ciphertext-contexts', entries: [{ iv: '00'.repeat(11) + '07', context: { a: 'b' } }] });
    expect(await ciphertextContextOf(store, ivOf(7))).toEqual({ a: 'b' });
  });
});

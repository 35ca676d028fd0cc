import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { NewHistoryEntry } from '../../../../../../src/components/ApiTester/history/HistoryEntry';
import { createIndexedDbHistory, createMemoryHistory } from '../../../../../../src/components/ApiTester/history/requestHistory';
import type { RequestHistory } from '../../../../../../src/components/ApiTester/history/requestHistory';
import { saveRequest } from '../../../../../../src/components/ApiTester/model/savedRequest';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const admin = { kind: 'admin', otherArn: '' } as const;

const sent = (at: number, operation = 'DescribeKey'): NewHistoryEntry => ({
  at,
  request: saveRequest(operation, { KeyId: keyId }, admin, undefined),
  status: 200,
  durationMs: 12,
});

const stores: [string, (limit?: number) => Promise<RequestHistory>][] = [
  ['in IndexedDB', (limit) => createIndexedDbHistory({ indexedDB: new IDBFactory(), limit })],
  ['in memory', async (limit) => createMemoryHistory(limit)],
];

describe.each(stores)('request history %s', (_, open) => {
  it('lists requests newest first', async () => {
    const history = await open();
    await history.add(sent(1, 'DescribeKey'));
    await history.add({ ...sent(2, 'Decrypt'), status: 400, errorType: 'InvalidCiphertextException' });
    const entries = await history.list();
    expect(entries.map((entry) => [entry.request.operation, entry.status, entry.errorType])).toEqual([
      ['Decrypt', 400, 'InvalidCiphertextException'],
      ['DescribeKey', 200, undefined],
    ]);
    expect(entries[0].id).toBeGreaterThan(entries[1].id);
  });

  it('keeps only the newest entries up to its limit', async () => {
    const history = await open(3);
    for (let at = 1; at <= 5; at += 1) await history.add(sent(at));
    expect((await history.list()).map((entry) => entry.at)).toEqual([5, 4, 3]);
  });

  it('is empty after clearing', async () => {
    const history = await open();
    await history.add(sent(1));
    await history.clear();
    expect(await history.list()).toEqual([]);
  });

  it('never holds the plaintext of an Encrypt request', async () => {
    const history = await open();
    await history.add({ at: 1, request: saveRequest('Encrypt', { KeyId: keyId, Plaintext: 'c2VjcmV0' }, admin, undefined), status: 200, durationMs: 3 });
    const [entry] = await history.list();
    expect(entry.request.body).toEqual({ KeyId: keyId });
    expect(entry.request.removed).toEqual(['Plaintext']);
    expect(JSON.stringify(entry)).not.toContain('c2VjcmV0');
  });
});

describe('request history in IndexedDB', () => {
  it('is shared by every page that opens the same database (the sandbox’s tabs)', async () => {
    const indexedDB = new IDBFactory();
    const first = await createIndexedDbHistory({ indexedDB });
    const second = await createIndexedDbHistory({ indexedDB });
    await first.add(sent(1));
    expect((await second.list()).map((entry) => entry.at)).toEqual([1]);
  });
});

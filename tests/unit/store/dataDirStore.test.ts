import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSeedVersion } from '../../../mock-server/node/dataDir/checkSeedVersion';
import { DataDirError } from '../../../mock-server/node/dataDir/DataDirError';
import { openDataDirStore, type DataDirStore, type DataDirStoreOptions } from '../../../mock-server/node/dataDir/openDataDirStore';
import type { Store } from '../../../mock-server/store/Store';
import { describeStoreContract, type ContractRecords } from './storeContract';

const open: DataDirStore<ContractRecords>[] = [];

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

const newDir = () => mkdtemp(path.join(tmpdir(), 'qkms-data-'));

async function openStore(dir: string, options: DataDirStoreOptions = {}): Promise<DataDirStore<ContractRecords>> {
  const store = await openDataDirStore<ContractRecords>(dir, { log: () => undefined, ...options });
  open.push(store);
  return store;
}

/** Commits after every write, as createQkms does after every request. */
function committing(store: DataDirStore<ContractRecords>): Store<ContractRecords> {
  return {
    get: (collection, id) => store.get(collection, id),
    list: (collection) => store.list(collection),
    put: async (collection, id, value) => {
      await store.put(collection, id, value);
      await store.commit();
    },
    delete: async (collection, id) => {
      await store.delete(collection, id);
      await store.commit();
    },
    clear: async () => {
      await store.clear();
      await store.commit();
    },
  };
}

/** Commits after every write and reads from the directory opened afresh, as a restarted server would. */
async function reopening(): Promise<Store<ContractRecords>> {
  const dir = await newDir();
  let store = await openStore(dir);
  const reopened = async (): Promise<DataDirStore<ContractRecords>> => {
    await store.close();
    store = await openStore(dir);
    return store;
  };
  return {
    get: async (collection, id) => (await reopened()).get(collection, id),
    list: async (collection) => (await reopened()).list(collection),
    put: (collection, id, value) => committing(store).put(collection, id, value),
    delete: (collection, id) => committing(store).delete(collection, id),
    clear: () => committing(store).clear(),
  };
}

describeStoreContract('openDataDirStore', async () => committing(await openStore(await newDir())));
describeStoreContract('openDataDirStore, read back after a restart', reopening);

const journalOf = (dir: string) => path.join(dir, 'journal.qkms');

async function errorOpening(dir: string): Promise<DataDirError> {
  const error: unknown = await openStore(dir).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DataDirError)) throw new Error(`expected a DataDirError, got ${String(error)}`);
  return error;
}

describe('openDataDirStore', () => {
  it("writes one journal line per commit, holding all the request's writes", async () => {
    const dir = await newDir();
    const store = await openStore(dir);
    await store.put('keys', 'k1', { keyId: 'k1' });
    await store.put('grants', 'g1', { grantId: 'g1' });
    await store.delete('keys', 'k1');
    await store.commit();
    await store.commit(); // nothing new: no line
    const lines = (await readFile(journalOf(dir), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^QKMSDATA \{"format":"qkms-data-dir","version":1,"file":"journal","firstSeq":1\}$/);
    expect(JSON.parse(lines[1].slice(9))).toEqual({
      seq: 1,
      ops: [
        ['put', 'keys', 'k1', { keyId: 'k1' }],
        ['put', 'grants', 'g1', { grantId: 'g1' }],
        ['delete', 'keys', 'k1'],
      ],
    });
  });

  it('keeps nothing of writes that were never committed', async () => {
    const dir = await newDir();
    const store = await openStore(dir);
    await store.put('keys', 'kept', { keyId: 'kept' });
    await store.commit();
    await store.put('keys', 'lost', { keyId: 'lost' });
    await store.close();
    expect(await (await openStore(dir)).list('keys')).toEqual([{ keyId: 'kept' }]);
  });

  it('keeps collections it was never told about', async () => {
    const dir = await newDir();
    // A collection another part of the backend adds later (key stores, import state) needs no change
    // here; the store's type only knows today's, so the test reaches the new one untyped.
    type Untyped = { put(collection: string, id: string, value: unknown): Promise<void>; list(collection: string): Promise<unknown[]> };
    const store = await openStore(dir);
    const untyped: Untyped = { put: (c, id, v) => Reflect.apply(store.put, store, [c, id, v]), list: (c) => Reflect.apply(store.list, store, [c]) };
    await untyped.put('keyStores', 'cks-1', { state: 'CONNECTED' });
    await store.commit();
    await store.close();
    const again = await openStore(dir);
    expect(await Reflect.apply(again.list, again, ['keyStores'])).toEqual([{ state: 'CONNECTED' }]);
  });

  describe('after a crash', () => {
    async function journalWithTwoEntries(): Promise<string> {
      const dir = await newDir();
      const store = await openStore(dir);
      await store.put('keys', 'first', { keyId: 'first' });
      await store.commit();
      await store.put('keys', 'second', { keyId: 'second' });
      await store.put('grants', 'of-second', { grantId: 'of-second' });
      await store.commit();
      await store.close();
      return dir;
    }

    it.each([
      { label: 'cut in the middle', tear: (line: string) => line.slice(0, line.length / 2) },
      { label: 'complete but for its newline', tear: (line: string) => line.slice(0, -1) },
      { label: 'full length with a block never written (zeros)', tear: (line: string) => line.slice(0, 20) + '\0'.repeat(line.length - 21) + '\n' },
    ])('drops a torn last entry ($label) whole, keeps its bytes aside and says so', async ({ tear }) => {
      const dir = await journalWithTwoEntries();
      const text = await readFile(journalOf(dir), 'utf8');
      const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
      const torn = tear(text.slice(lastStart));
      await writeFile(journalOf(dir), text.slice(0, lastStart) + torn);

      const notices: string[] = [];
      const store = await openStore(dir, { log: (message) => notices.push(message) });
      // Both writes of the torn request are gone, not one of them.
      expect(await store.list('keys')).toEqual([{ keyId: 'first' }]);
      expect(await store.list('grants')).toEqual([]);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(`${journalOf(dir)} ended in an incomplete entry (${Buffer.byteLength(torn)} bytes from byte ${lastStart}`);
      const kept = (await readdir(dir)).filter((name) => name.startsWith('torn-'));
      expect(kept).toHaveLength(1);
      expect(await readFile(path.join(dir, kept[0]), 'utf8')).toBe(torn);
      expect(await readFile(journalOf(dir), 'utf8')).toBe(text.slice(0, lastStart));

      // The journal goes on from there, and reads back whole.
      await store.put('keys', 'third', { keyId: 'third' });
      await store.commit();
      await store.close();
      expect(await (await openStore(dir)).list('keys')).toEqual([{ keyId: 'first' }, { keyId: 'third' }]);
    });

    it('refuses to start when an entry in the middle is damaged, naming the file and the entry, and leaves the file as it is', async () => {
      const dir = await journalWithTwoEntries();
      const lines = (await readFile(journalOf(dir), 'utf8')).split('\n');
      lines[1] = lines[1].replace('"first"', '"fi5st"');
      const damaged = lines.join('\n');
      await writeFile(journalOf(dir), damaged);
      const error = await errorOpening(dir);
      expect(error.file).toBe(journalOf(dir));
      expect(error.message).toContain(`${journalOf(dir)}: entry 1 (bytes`);
      expect(error.message).toContain('its checksum does not match, and intact entries follow it, so this is damage to the file, not an interrupted write');
      expect(error.message).toContain('Restore the directory from a backup');
      expect(await readFile(journalOf(dir), 'utf8')).toBe(damaged);
    });

    it('refuses a journal whose entries skip a number', async () => {
      const dir = await journalWithTwoEntries();
      const lines = (await readFile(journalOf(dir), 'utf8')).split('\n');
      await writeFile(journalOf(dir), [lines[0], lines[2], ''].join('\n'));
      expect((await errorOpening(dir)).message).toContain('entry 1 should be number 1 with a list of writes, and is not');
    });

    it('lets a server killed without unlocking be started again on its directory', async () => {
      const dir = await journalWithTwoEntries();
      const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
      await writeFile(path.join(dir, 'qkms.lock'), JSON.stringify({ pid: Number(gone.stdout.trim()), hostname: (await import('node:os')).hostname(), startedAt: 'then' }));
      expect(await (await openStore(dir)).list('keys')).toEqual([{ keyId: 'first' }, { keyId: 'second' }]);
    });
  });

  describe('refuses to start, leaving the directory as it is,', () => {
    it('on a file another program wrote', async () => {
      const dir = await newDir();
      await writeFile(journalOf(dir), 'SQLite format 3\0 and more');
      const error = await errorOpening(dir);
      expect(error.message).toContain(`${journalOf(dir)}: this is not a QKMS data file: it begins with 'SQLite format 3. and mor', not 'QKMSDATA'.`);
      expect(error.message).toContain('Was --data-dir pointed at the wrong directory? QKMS never overwrites a file it did not write.');
      expect(await readFile(journalOf(dir), 'utf8')).toBe('SQLite format 3\0 and more');
    });

    it('on a QKMS file of another format version', async () => {
      const dir = await newDir();
      const text = 'QKMSDATA {"format":"qkms-data-dir","version":2,"file":"journal","firstSeq":1}\n';
      await writeFile(journalOf(dir), text);
      const error = await errorOpening(dir);
      expect(error.message).toContain('the file is in QKMS data format version 2; this server reads version 1 only.');
      expect(error.message).toContain('Run the QKMS version that wrote it, or give this server another --data-dir.');
      expect(await readFile(journalOf(dir), 'utf8')).toBe(text);
    });

    it('on a snapshot in the journal’s place', async () => {
      const dir = await newDir();
      await writeFile(journalOf(dir), 'QKMSDATA {"format":"qkms-data-dir","version":1,"file":"snapshot"}\n');
      expect((await errorOpening(dir)).message).toContain('the file holds a QKMS "snapshot", not a journal.');
    });

    it('on an empty data file', async () => {
      const dir = await newDir();
      await writeFile(journalOf(dir), '');
      expect((await errorOpening(dir)).message).toContain('the file is empty, which a QKMS server never leaves behind.');
    });

    it('on a directory that holds other files and no QKMS data', async () => {
      const dir = await newDir();
      await writeFile(path.join(dir, 'notes.txt'), 'mine');
      const error = await errorOpening(dir);
      expect(error.message).toContain(`${dir}: the directory holds other files (notes.txt) and no QKMS data.`);
      expect(await readdir(dir)).toEqual(['notes.txt']);
    });

    it('on a path that is a file', async () => {
      const file = path.join(await newDir(), 'plain');
      await writeFile(file, '');
      expect((await errorOpening(file)).message).toContain(`${file}: this is a file, not a directory.`);
    });

    it('while another server has the directory, naming it', async () => {
      const dir = await newDir();
      await openStore(dir);
      const error = await errorOpening(dir);
      expect(error.message).toContain(`qkms.lock: the data directory is in use by another QKMS server (process ${process.pid}, since`);
      expect(error.message).toContain('Two servers cannot share one data directory');
    });

    it('on a missing snapshot the journal starts after', async () => {
      const dir = await newDir();
      const store = await openStore(dir, { compactAfterBytes: 1 });
      await store.put('keys', 'k', { keyId: 'k' });
      await store.commit();
      await store.close();
      await writeFile(path.join(dir, 'snapshot.qkms.gone'), await readFile(path.join(dir, 'snapshot.qkms')));
      await (await import('node:fs/promises')).unlink(path.join(dir, 'snapshot.qkms'));
      expect((await errorOpening(dir)).message).toContain('the journal starts at entry 2, but there is no snapshot: entries 1–1 are missing.');
    });
  });

  describe('compaction', () => {
    it('folds the journal into a snapshot once it is long, and reads back the same records in the same order', async () => {
      const dir = await newDir();
      const store = await openStore(dir, { compactAfterBytes: 2000 });
      for (let i = 0; i < 60; i++) {
        await store.put('keys', `k${i % 20}`, { keyId: `k${i % 20}`, state: `round ${Math.floor(i / 20)}` });
        if (i % 7 === 0) await store.delete('keys', `k${(i + 3) % 20}`);
        await store.commit();
      }
      const before = await store.list('keys');
      expect((await readFile(journalOf(dir))).length).toBeLessThan(4000);
      const snapshot = await readFile(path.join(dir, 'snapshot.qkms'), 'utf8');
      expect(snapshot).toMatch(/^QKMSDATA \{"format":"qkms-data-dir","version":1,"file":"snapshot"\}\n[0-9a-f]{8} \{"lastSeq":\d+,"collections":/);
      await store.close();
      expect(await (await openStore(dir)).list('keys')).toEqual(before);
    });

    it('finishes a compaction a crash cut short after the snapshot, skipping the entries the snapshot holds', async () => {
      const dir = await newDir();
      const first = await openStore(dir);
      for (const id of ['a', 'b']) {
        await first.put('keys', id, { keyId: id });
        await first.commit();
      }
      await first.close();
      const oldJournal = await readFile(journalOf(dir));
      // Entry 3 goes to the journal, then the snapshot (lastSeq 3) and a fresh journal are written.
      const second = await openStore(dir, { compactAfterBytes: 1 });
      await second.put('keys', 'c', { keyId: 'c' });
      await second.commit();
      await second.close();
      // The crash: the journal as it was before (entries 1 and 2; entry 3 is in the snapshot alone) is still in place.
      await writeFile(journalOf(dir), oldJournal);

      const third = await openStore(dir);
      expect(await third.list('keys')).toEqual([{ keyId: 'a' }, { keyId: 'b' }, { keyId: 'c' }]);
      await third.put('keys', 'd', { keyId: 'd' });
      await third.commit();
      await third.close();
      expect(await (await openStore(dir)).list('keys')).toEqual([{ keyId: 'a' }, { keyId: 'b' }, { keyId: 'c' }, { keyId: 'd' }]);
      expect((await readFile(journalOf(dir), 'utf8')).split('\n')[0]).toContain('"firstSeq":4');
    });
  });

  it('refuses, at start-up, records of another sandbox seed version instead of letting the backend reseed them', async () => {
    const dir = await newDir();
    const store = await openDataDirStore(dir, { log: () => undefined });
    await store.put('meta', 'sandbox-seed', { kind: 'seed', version: 1, seededAt: 0 });
    await store.commit();
    await expect(checkSeedVersion(store, dir)).rejects.toThrow(/records were written by a QKMS whose sandbox records have version 1; this server's have version \d+/);
    await store.close();
  });
});

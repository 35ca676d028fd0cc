import { mkdir, open, readdir, readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { copyRecord } from '../../store/copyRecord';
import type { Collection, RecordsByCollection, Store, StoreRecords } from '../../store/Store';
import { DataDirError } from './DataDirError';
import { encodeValue, type Encoded } from './encodeValue';
import { entryLine, headerLine } from './fileFormat';
import { isErrorCode } from './isErrorCode';
import { isEncodedObject } from './isEncodedObject';
import { lockDataDir, LOCK_FILE, type DataDirLock } from './lockDataDir';
import { messageOf } from './messageOf';
import { parseDataFile } from './parseDataFile';
import { syncDirectory } from './syncDirectory';
import { ValueDecoder } from './ValueDecoder';
import { writeFileAtomically } from './writeFileAtomically';

export const JOURNAL_FILE = 'journal.qkms';
export const SNAPSHOT_FILE = 'snapshot.qkms';
const TORN_PREFIX = 'torn-';

export interface DataDirStoreOptions {
  /**
   * The journal is folded into a new snapshot once it is longer than this and than twice the last
   * snapshot, so replay at start-up stays short and compaction costs little per request. Defaults to 8 MiB.
   */
  readonly compactAfterBytes?: number;
  /** Where notices go: a torn last entry dropped at start-up, a compaction that failed. Defaults to console.error. */
  readonly log?: (message: string) => void;
}

/** A Store kept in a directory; its writes become durable together at commit(). */
export interface DataDirStore<Records extends RecordsByCollection = StoreRecords> extends Store<Records> {
  readonly directory: string;
  commit(): Promise<void>;
  /** Lets go of the journal and the directory's lock. Uncommitted writes are dropped. */
  close(): Promise<void>;
}

type Op = readonly ['put', string, string, Encoded] | readonly ['delete', string, string] | readonly ['clear'];

/**
 * Opens (or creates) a data directory: `snapshot.qkms`, the records as of one journal entry, and
 * `journal.qkms`, one line per committed request after it, each with its sequence number and the
 * request's writes (put, delete, clear) and a CRC-32. Records live in memory as in the memory store;
 * commit() appends the writes since the last commit as ONE line and flushes it to disk (fdatasync)
 * before resolving, so a request is answered only once its changes would survive a crash, and a
 * crash keeps all of a request's writes or none.
 *
 * At start-up the snapshot is loaded and the journal replayed. The one damage repaired is a
 * journal's torn last line (incomplete, or failing its checksum with nothing after it): the write
 * of a request a crash cut short, which was therefore never answered. It is cut off, and its bytes
 * kept in `torn-<time>.qkms` beside the journal. Anything else wrong stops the start with a
 * DataDirError: files are never replaced or reset.
 */
export async function openDataDirStore<Records extends RecordsByCollection = StoreRecords>(
  directory: string,
  options: DataDirStoreOptions = {},
): Promise<DataDirStore<Records>> {
  const dir = path.resolve(directory);
  await prepareDirectory(dir);
  const lock = await lockDataDir(dir);
  try {
    return await openLocked<Records>(dir, lock, options);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function prepareDirectory(dir: string): Promise<void> {
  const existing = await stat(dir).catch((error: unknown) => {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw new DataDirError(dir, `cannot read the data directory: ${messageOf(error)}`, 'Check the path and its permissions.');
  });
  if (existing === undefined) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await syncDirectory(path.dirname(dir));
    return;
  }
  if (!existing.isDirectory()) throw new DataDirError(dir, 'this is a file, not a directory.', 'Give --data-dir a directory (it is created if missing).');
  const names = await readdir(dir);
  const ours = names.filter((name) => name === JOURNAL_FILE || name === SNAPSHOT_FILE);
  const others = names.filter((name) => !name.startsWith('.') && !isOwnFile(name));
  if (ours.length === 0 && others.length > 0) {
    throw new DataDirError(
      dir,
      `the directory holds other files (${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}) and no QKMS data.`,
      'Give --data-dir an empty or new directory, or one a QKMS server created.',
    );
  }
}

function isOwnFile(name: string): boolean {
  return (
    name === JOURNAL_FILE ||
    name === SNAPSHOT_FILE ||
    name.startsWith(LOCK_FILE) ||
    name === `${JOURNAL_FILE}.tmp` ||
    name === `${SNAPSHOT_FILE}.tmp` ||
    name.startsWith(TORN_PREFIX)
  );
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw new DataDirError(file, `cannot read the file: ${messageOf(error)}`, 'Check its permissions.');
  }
}

async function openLocked<Records extends RecordsByCollection>(
  dir: string,
  lock: DataDirLock,
  options: DataDirStoreOptions,
): Promise<DataDirStore<Records>> {
  const log = options.log ?? ((message: string) => console.error(message));
  const compactAfterBytes = options.compactAfterBytes ?? 8 * 1024 * 1024;
  const journalFile = path.join(dir, JOURNAL_FILE);
  const snapshotFile = path.join(dir, SNAPSHOT_FILE);
  // A temporary file is a compaction or a first start that a crash cut short: never renamed into
  // place, so it never held the live data.
  for (const name of [`${JOURNAL_FILE}.tmp`, `${SNAPSHOT_FILE}.tmp`]) await unlink(path.join(dir, name)).catch(() => undefined);

  const maps = new Map<string, Map<string, unknown>>();
  const decoder = new ValueDecoder();
  const apply = async (file: string, where: string, op: Encoded): Promise<void> => {
    if (!Array.isArray(op)) throw damaged(file, `${where} holds a write that is not a list`);
    const [kind, collection, id, value] = op;
    if (kind === 'clear') {
      for (const map of maps.values()) map.clear();
      return;
    }
    if (typeof collection !== 'string' || typeof id !== 'string') throw damaged(file, `${where} holds a write without collection and id`);
    if (kind === 'delete') {
      maps.get(collection)?.delete(id);
      return;
    }
    if (kind !== 'put' || value === undefined) throw damaged(file, `${where} holds an unknown write ${JSON.stringify(kind)}`);
    let decoded: unknown;
    try {
      decoded = await decoder.decode(value);
    } catch (error) {
      throw damaged(file, `${where}: record '${id}' in '${collection}' cannot be read back (${messageOf(error)})`);
    }
    mapOf(maps, collection).set(id, decoded);
  };

  // The snapshot: the records as of entry lastSeq.
  let lastSeq = 0;
  let snapshotBytes = 0;
  const snapshotData = await readIfExists(snapshotFile);
  if (snapshotData !== undefined) {
    snapshotBytes = snapshotData.length;
    const snapshot = parseDataFile(snapshotFile, snapshotData, 'snapshot');
    const body = snapshot.entries.length === 1 ? snapshot.entries[0] : undefined;
    if (!isEncodedObject(body) || typeof body.lastSeq !== 'number' || !isEncodedObject(body.collections)) {
      throw damaged(snapshotFile, `the snapshot holds ${snapshot.entries.length} entries, not one with lastSeq and collections`);
    }
    lastSeq = body.lastSeq;
    for (const [collection, records] of Object.entries(body.collections)) {
      if (!Array.isArray(records)) throw damaged(snapshotFile, `collection '${collection}' is not a list`);
      for (const record of records) await apply(snapshotFile, `collection '${collection}'`, ['put', collection, ...(Array.isArray(record) ? record : [])]);
    }
  }

  // The journal: entries firstSeq, firstSeq + 1, …; those the snapshot already holds are skipped.
  let nextSeq = lastSeq + 1;
  let journalLength: number;
  let journal: FileHandle;
  const journalData = await readIfExists(journalFile);
  if (journalData === undefined) {
    if (snapshotData !== undefined) {
      throw new DataDirError(
        journalFile,
        `the journal is missing, next to ${SNAPSHOT_FILE}: the changes made after the snapshot would be lost.`,
        'Restore journal.qkms; QKMS will not start from the snapshot alone.',
      );
    }
    const header = freshJournal(nextSeq);
    journal = await writeFileAtomically(journalFile, header);
    journalLength = Buffer.byteLength(header);
  } else {
    const parsed = parseDataFile(journalFile, journalData, 'journal');
    const firstSeq = parsed.header.firstSeq;
    if (typeof firstSeq !== 'number' || !Number.isInteger(firstSeq) || firstSeq < 1) throw damaged(journalFile, 'the header has no firstSeq');
    if (firstSeq > lastSeq + 1) {
      throw new DataDirError(
        journalFile,
        `the journal starts at entry ${firstSeq}, but ${snapshotData === undefined ? 'there is no snapshot' : `the snapshot ends at entry ${lastSeq}`}: entries ${lastSeq + 1}–${firstSeq - 1} are missing.`,
        `Restore ${SNAPSHOT_FILE} from where it went; QKMS will not start without those entries.`,
      );
    }
    let seq = firstSeq;
    for (const entry of parsed.entries) {
      if (!isEncodedObject(entry) || entry.seq !== seq || !Array.isArray(entry.ops)) {
        throw damaged(journalFile, `entry ${seq - firstSeq + 1} should be number ${seq} with a list of writes, and is not`);
      }
      if (seq > lastSeq) for (const op of entry.ops) await apply(journalFile, `entry ${seq}`, op);
      seq++;
    }
    nextSeq = Math.max(seq, lastSeq + 1);
    journalLength = parsed.goodLength;
    if (parsed.tornTail !== undefined) {
      const kept = path.join(dir, `${TORN_PREFIX}${new Date().toISOString().replace(/[:.]/g, '-')}.qkms`);
      await writeFile(kept, parsed.tornTail, { mode: 0o600 });
      await truncate(journalFile, journalLength);
      log(
        `QKMS data directory: ${journalFile} ended in an incomplete entry (${parsed.tornTail.length} bytes from byte ${journalLength}), ` +
          `the write of a request a crash cut short, which was never answered. It was removed; its bytes are kept in ${kept}.`,
      );
    }
    if (seq <= lastSeq + 1 && firstSeq <= lastSeq) {
      // Every entry is in the snapshot: a compaction was cut short after writing it. Finish it.
      const header = freshJournal(nextSeq);
      journal = await writeFileAtomically(journalFile, header);
      journalLength = Buffer.byteLength(header);
    } else {
      journal = await open(journalFile, 'r+');
      await journal.datasync();
    }
  }

  let pending: Op[] = [];
  // Each collection as it was before the first uncommitted write to it, to undo a failed commit.
  let before: Map<string, Map<string, unknown>> | undefined;
  // A journal the server could not bring back to its last good entry: nothing more may be written.
  let broken: Error | undefined;
  let closed = false;
  let inFlight: Promise<void> = Promise.resolve();

  const touch = (collection: string): Map<string, unknown> => {
    const map = mapOf(maps, collection);
    before ??= new Map();
    // Records are never changed in place (put stores a copy, reads hand out copies), so a shallow copy keeps them.
    if (!before.has(collection)) before.set(collection, new Map(map));
    return map;
  };

  const rollback = (): void => {
    for (const [collection, map] of before ?? []) maps.set(collection, map);
    pending = [];
    before = undefined;
  };

  const append = async (line: string): Promise<void> => {
    const bytes = Buffer.from(line);
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await journal.write(bytes, written, bytes.length - written, journalLength + written);
      written += bytesWritten;
    }
    await journal.datasync();
    journalLength += bytes.length;
  };

  const compact = async (): Promise<void> => {
    const collections: { [name: string]: Encoded } = {};
    for (const [collection, map] of maps) {
      collections[collection] = [...map].map(([id, value]): Encoded => [id, encodeValue(value)]);
    }
    const snapshot = headerLine('snapshot') + entryLine({ lastSeq: nextSeq - 1, collections });
    await (await writeFileAtomically(snapshotFile, snapshot)).close();
    snapshotBytes = Buffer.byteLength(snapshot);
    // From here a crash leaves the snapshot and the old journal, whose entries up to lastSeq are skipped.
    const header = freshJournal(nextSeq);
    let fresh: FileHandle | undefined;
    try {
      fresh = await writeFileAtomically(journalFile, header);
    } finally {
      // The old handle must go whenever the new journal was renamed into place, even if flushing the directory failed after.
      const current = await stat(journalFile);
      const old = await journal.stat();
      if (current.ino !== old.ino || current.dev !== old.dev) {
        await journal.close();
        journal = fresh ?? (await open(journalFile, 'r+'));
        journalLength = Buffer.byteLength(header);
      } else if (fresh !== undefined) {
        await fresh.close();
      }
    }
  };

  const writable = (): void => {
    if (closed) throw new Error(`The data directory store of ${dir} is closed.`);
  };

  return {
    directory: dir,

    async get<C extends Collection>(collection: C, id: string) {
      const value = maps.get(collection)?.get(id);
      return value === undefined ? undefined : recordOf<Records, C>(copyRecord(value));
    },

    async put<C extends Collection>(collection: C, id: string, value: Records[C]) {
      writable();
      // Encoded first: it refuses what cannot be read back, before anything is stored. The copy
      // shares the CryptoKey handles (immutable), so the next put of the record finds their encoding.
      const encoded = encodeValue(value);
      touch(collection).set(id, copyRecord(value));
      pending.push(['put', collection, id, encoded]);
    },

    async delete(collection: Collection, id: string) {
      writable();
      if (!maps.get(collection)?.has(id)) return;
      touch(collection).delete(id);
      pending.push(['delete', collection, id]);
    },

    async list<C extends Collection>(collection: C) {
      return [...(maps.get(collection)?.values() ?? [])].map((value) => recordOf<Records, C>(copyRecord(value)));
    },

    async clear() {
      writable();
      for (const collection of maps.keys()) touch(collection).clear();
      pending.push(['clear']);
    },

    commit() {
      // close() waits for a commit under way, so a server stopping mid-request still finishes its entry.
      const committing = commitPending();
      inFlight = committing.catch(() => undefined);
      return committing;
    },

    async close() {
      if (closed) return;
      closed = true;
      await inFlight;
      rollback();
      await journal.close();
      await lock.release();
    },
  };

  async function commitPending(): Promise<void> {
    if (pending.length === 0) {
      before = undefined;
      return;
    }
    if (broken !== undefined || closed) {
      rollback();
      throw new Error(`The data directory ${dir} cannot take more writes: ${broken === undefined ? 'it is closed' : messageOf(broken)}`);
    }
    const line = entryLine({ seq: nextSeq, ops: pending });
    try {
      await append(line);
    } catch (error) {
      rollback();
      // Cut a partly written line off, so the next entry starts where this one should have.
      await journal.truncate(journalLength).then(() => journal.datasync()).catch((truncateError: unknown) => {
        broken = new Error(`${journalFile} could not be cut back to its last good entry after a failed write (${messageOf(truncateError)}); restart the server`);
      });
      throw new Error(`Could not write to ${journalFile}: ${messageOf(error)}. The request's changes were undone.`, { cause: error });
    }
    nextSeq++;
    pending = [];
    before = undefined;
    if (journalLength > Math.max(compactAfterBytes, 2 * snapshotBytes)) {
      // The request's changes are already durable in the journal; a failed compaction only
      // means the journal keeps growing until the next try.
      await compact().catch((error: unknown) => {
        snapshotBytes = Math.max(snapshotBytes, journalLength);
        log(`QKMS data directory: could not compact ${journalFile} into ${snapshotFile}: ${messageOf(error)}`);
      });
    }
  }
}

function freshJournal(firstSeq: number): string {
  return headerLine('journal', { firstSeq });
}

function mapOf(maps: Map<string, Map<string, unknown>>, collection: string): Map<string, unknown> {
  let map = maps.get(collection);
  if (map === undefined) {
    map = new Map();
    maps.set(collection, map);
  }
  return map;
}

/**
 * The store keeps whatever the backend put, by collection; the files it was read back from carry
 * a checksum per entry, so a record read is the record written.
 */
function recordOf<Records extends RecordsByCollection, C extends Collection>(value: unknown): Records[C] {
  return value as Records[C];
}

function damaged(file: string, problem: string): DataDirError {
  return new DataDirError(
    file,
    `${problem}.`,
    'QKMS will not guess what the damaged part held. Restore the directory from a backup if you have one, or move it away to start afresh.',
  );
}

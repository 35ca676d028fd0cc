import { DataDirError } from './DataDirError';
import type { Encoded } from './encodeValue';
import { isEncodedObject, type EncodedObject } from './isEncodedObject';
import { FORMAT, FORMAT_VERSION, MAGIC, parseEntryLine, type FileKind } from './fileFormat';

export interface ParsedDataFile {
  /** The header's members (format, version and file checked). */
  readonly header: EncodedObject;
  readonly entries: readonly Encoded[];
  /** Bytes up to the end of the last good entry. */
  readonly goodLength: number;
  /**
   * A journal's last line when it is incomplete or fails its checksum: the write of a request
   * that was never answered (see openDataDirStore). Never set for a snapshot.
   */
  readonly tornTail?: Buffer;
}

const NEWLINE = 0x0a;
const FRESH_START = 'To start afresh, move the data directory away (keep it if the keys in it matter) and start the server again.';

/**
 * Reads one data file. Anything but the torn last line of a journal is an error naming the file,
 * what is wrong and what to do: a foreign file, another format version, a file of the other kind, a
 * damaged entry with intact entries after it.
 */
export function parseDataFile(file: string, bytes: Buffer, kind: FileKind): ParsedDataFile {
  const magic = Buffer.from(MAGIC);
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    const start = bytes.subarray(0, 24).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
    throw new DataDirError(
      file,
      bytes.length === 0 ? 'the file is empty, which a QKMS server never leaves behind.' : `this is not a QKMS data file: it begins with '${start}', not '${MAGIC.trim()}'.`,
      `Was --data-dir pointed at the wrong directory? QKMS never overwrites a file it did not write. ${FRESH_START}`,
    );
  }
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0) throw new DataDirError(file, 'the header line is incomplete.', FRESH_START);
  const header = parseHeader(file, bytes.subarray(magic.length, headerEnd).toString('utf8'));
  if (header.version !== FORMAT_VERSION) {
    throw new DataDirError(
      file,
      `the file is in QKMS data format version ${JSON.stringify(header.version)}; this server reads version ${FORMAT_VERSION} only.`,
      `Run the QKMS version that wrote it, or give this server another --data-dir. The file was left as it is.`,
    );
  }
  if (header.file !== kind) {
    throw new DataDirError(file, `the file holds a QKMS ${JSON.stringify(header.file)}, not a ${kind}.`, `A file was renamed or copied over another. ${FRESH_START}`);
  }

  const entries: Encoded[] = [];
  let start = headerEnd + 1;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const last = end < 0 || end === bytes.length - 1;
    const entry = end < 0 ? undefined : parseEntryLine(bytes.subarray(start, end).toString('utf8'));
    if (entry === undefined) {
      if (last && kind === 'journal') return { header, entries, goodLength: start, tornTail: Buffer.from(bytes.subarray(start)) };
      throw new DataDirError(
        file,
        end < 0
          ? `the file ends in the middle of an entry (byte ${start} onwards).`
          : `entry ${entries.length + 1} (bytes ${start}–${end}) is damaged: its checksum does not match${last ? '' : ', and intact entries follow it, so this is damage to the file, not an interrupted write'}.`,
        `QKMS will not guess what the damaged part held. Restore the directory from a backup if you have one. ${FRESH_START}`,
      );
    }
    entries.push(entry);
    start = end + 1;
  }
  return { header, entries, goodLength: bytes.length };
}

function parseHeader(file: string, text: string): EncodedObject {
  let parsed: Encoded | undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isEncodedObject(parsed) || parsed.format !== FORMAT) {
    throw new DataDirError(file, `the header line is not a QKMS data header: ${text.slice(0, 80)}`, `Was --data-dir pointed at the wrong directory? ${FRESH_START}`);
  }
  return parsed;
}

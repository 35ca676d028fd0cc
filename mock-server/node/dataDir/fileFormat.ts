import { crc32 } from 'node:zlib';
import type { Encoded } from './encodeValue';

/**
 * Both files of a data directory are lines of text. The first line is the header,
 * `QKMSDATA {"format":"qkms-data-dir","version":1,"file":"journal"|"snapshot",...}`; every other
 * line is one entry, `<CRC-32 of the JSON, 8 hex digits> <JSON>`. JSON.stringify escapes every line
 * break inside a string, so a newline only ever ends an entry.
 */
export const MAGIC = 'QKMSDATA ';
export const FORMAT = 'qkms-data-dir';
/** Bumped when the framing or the value encoding changes; a server refuses any other version. */
export const FORMAT_VERSION = 1;

export type FileKind = 'journal' | 'snapshot';

export interface FileHeader {
  readonly format: typeof FORMAT;
  readonly version: number;
  readonly file: FileKind;
}

/** The header line; `extra` adds members of the file's kind (a journal's firstSeq). */
export function headerLine(file: FileKind, extra: { readonly [name: string]: Encoded } = {}): string {
  const header: FileHeader & { readonly [name: string]: Encoded } = { format: FORMAT, version: FORMAT_VERSION, file, ...extra };
  return `${MAGIC}${JSON.stringify(header)}\n`;
}

export function entryLine(entry: Encoded): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

export function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

/** The entry a line holds, or undefined when its checksum or JSON is wrong. */
export function parseEntryLine(line: string): Encoded | undefined {
  if (line.length < 10 || line[8] !== ' ') return undefined;
  const json = line.slice(9);
  if (checksum(json) !== line.slice(0, 8)) return undefined;
  try {
    const parsed: Encoded = JSON.parse(json);
    return parsed;
  } catch {
    return undefined;
  }
}

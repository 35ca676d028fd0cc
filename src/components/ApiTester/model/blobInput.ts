import { base64Of, blobModeLabels, bytesFromTyped, bytesOfWire, typedFromBytes } from './blobCodec';
import type { BlobMode } from './blobCodec';

/**
 * What the reader typed into a blob field, in their mode. `wire` is the form value (base64) it produced: when
 * the form value changes from elsewhere (an example, "Use as", the JSON editor), the typed text is stale and
 * the field shows the new value converted to the mode instead.
 */
export interface BlobInput {
  readonly mode: BlobMode;
  /** As typed; in File mode, the file's name. */
  readonly text: string;
  readonly wire: string;
  /** Why the last mode switch did not happen, or why a value shows in another mode than chosen. */
  readonly note?: string;
}

/** What a blob field shows now. */
export interface BlobView {
  readonly mode: BlobMode;
  readonly text: string;
  /** Bytes the value stands for; undefined when it does not parse in its mode. */
  readonly byteCount?: number;
  /** Why the value is not a blob: names the mode ("not valid hex: odd number of digits"). */
  readonly error?: string;
  readonly note?: string;
}

/** People type messages and plaintexts as text; the other blobs (ciphertexts, signatures, keys) are bytes. */
export function defaultBlobMode(fieldName: string): BlobMode {
  return fieldName === 'Plaintext' || fieldName === 'Message' ? 'text' : 'base64';
}

function viewOfTyped(mode: BlobMode, text: string, wire: string, note: string | undefined): BlobView {
  const withNote = note === undefined ? {} : { note };
  if (mode === 'file') {
    const bytes = bytesOfWire(wire);
    return { mode, text, ...withNote, ...(bytes === undefined ? {} : { byteCount: bytes.length }) };
  }
  if (text === '') return { mode, text, ...withNote };
  const parsed = bytesFromTyped(mode, text);
  return 'bytes' in parsed ? { mode, text, byteCount: parsed.bytes.length, ...withNote } : { mode, text, error: parsed.error, ...withNote };
}

/** The form value shown in a mode; when the bytes cannot be (text that is not UTF-8), in Base64 with the reason. */
function viewOfWire(mode: BlobMode, wire: string): BlobView {
  if (wire === '') return { mode, text: '' };
  const bytes = bytesOfWire(wire);
  // Not base64 on the wire (typed or loaded so on purpose): show it untouched, where the reader can fix it.
  if (bytes === undefined) return viewOfTyped('base64', wire, wire, mode === 'base64' ? undefined : `Shown as Base64: it is not valid base64, so not ${blobModeLabels[mode]}.`);
  if (mode === 'file') return { mode, text: '', byteCount: bytes.length };
  const converted = typedFromBytes(mode, bytes);
  if ('text' in converted) return { mode, text: converted.text, byteCount: bytes.length };
  return { mode: 'base64', text: wire, byteCount: bytes.length, note: `Shown as Base64: ${converted.error}.` };
}

/** The field as the reader sees it: what they typed while it is still the form's value, else the value in their mode. */
export function blobView(fieldName: string, wire: string, input: BlobInput | undefined): BlobView {
  if (input !== undefined && input.wire === wire) return viewOfTyped(input.mode, input.text, wire, input.note);
  return viewOfWire(input?.mode ?? defaultBlobMode(fieldName), wire);
}

/** The form value for text typed in a mode: its base64, or the text itself when it does not parse (so "Send anyway" sends it as typed). */
export function typedBlobInput(mode: Exclude<BlobMode, 'file'>, text: string): BlobInput {
  if (mode === 'base64') return { mode, text, wire: text };
  const parsed = bytesFromTyped(mode, text);
  return { mode, text, wire: 'bytes' in parsed && text !== '' ? base64Of(parsed.bytes) : text };
}

/** The field switched to another mode, converting what it holds; unchanged, with the reason, when it cannot be. */
export function switchBlobMode(fieldName: string, wire: string, input: BlobInput | undefined, mode: BlobMode): BlobInput {
  const current = blobView(fieldName, wire, input);
  const stay = (note: string): BlobInput => ({ mode: current.mode, text: current.text, wire, note });
  if (current.error !== undefined) return stay(`Still ${blobModeLabels[current.mode]}: fix the value first (${current.error}).`);
  if (mode === 'file') return { mode, text: '', wire };
  const bytes = wire === '' ? new Uint8Array() : bytesOfWire(wire);
  if (bytes === undefined) return stay(`Still ${blobModeLabels[current.mode]}: the value is not valid base64, so it cannot be shown as ${blobModeLabels[mode]}.`);
  const converted = typedFromBytes(mode, bytes);
  if ('error' in converted) return stay(`Still ${blobModeLabels[current.mode]}: ${converted.error}.`);
  return { mode, text: converted.text, wire };
}

import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { bytesOfWire, hexOf, utf8Text } from './blobCodec';
import { operationSpec } from './operationSpec';

/** How a blob of the response is shown: the wire's base64, its hex, or the text its bytes spell. */
export type BlobOutputView = 'utf8' | 'hex' | 'base64';

export const blobOutputViewLabels: Readonly<Record<BlobOutputView, string>> = { utf8: 'UTF-8', hex: 'Hex', base64: 'Base64' };

/** One blob member of a response body, in each form the reader can switch to. */
export interface ResponseBlob {
  readonly name: string;
  readonly byteCount: number;
  readonly base64: string;
  readonly hex: string;
  /** Undefined when the bytes are not UTF-8 text: the view is then not offered. */
  readonly utf8?: string;
}

/** Above this many base64 characters a value starts collapsed (a 2048-bit signature is 344; a symmetric ciphertext ~250). */
export const COLLAPSE_BASE64_CHARS = 400;

/** The top-level blob members of a response body, as the operation's model types them. */
export function responseBlobs(operation: string, body: JsonValue | undefined): ResponseBlob[] {
  const spec = operationSpec(operation);
  if (spec === undefined || !isJsonObject(body)) return [];
  const blobs: ResponseBlob[] = [];
  for (const member of spec.output) {
    const value = body[member.name];
    if (member.type !== 'blob' || typeof value !== 'string') continue;
    const bytes = bytesOfWire(value);
    if (bytes === undefined) continue;
    const utf8 = utf8Text(bytes);
    blobs.push({ name: member.name, byteCount: bytes.length, base64: value, hex: hexOf(bytes), ...(utf8 === undefined ? {} : { utf8 }) });
  }
  return blobs;
}

/** Plaintexts and secrets are usually read as text; keys, signatures and ciphertexts are bytes. */
export function defaultOutputView(blob: ResponseBlob): BlobOutputView {
  return blob.name === 'Plaintext' && blob.utf8 !== undefined ? 'utf8' : 'base64';
}

export function blobOutputText(blob: ResponseBlob, view: BlobOutputView): string {
  return view === 'utf8' ? (blob.utf8 ?? blob.base64) : view === 'hex' ? blob.hex : blob.base64;
}

/** "550 bytes, base64 736 chars": what a collapsed value says about itself. */
export function blobSize(blob: ResponseBlob): string {
  return `${blob.byteCount.toLocaleString('en-US')} ${blob.byteCount === 1 ? 'byte' : 'bytes'}, base64 ${blob.base64.length.toLocaleString('en-US')} chars`;
}

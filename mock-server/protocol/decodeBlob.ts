import { decodeBase64 } from '../spec/base64';
import { serialization } from '../wire/errors';

/** A blob member's bytes; the spec check has already rejected bad base64, this keeps the type honest. */
export function decodeBlob(text: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(text);
  if (!bytes) throw serialization('A blob member is not valid base64.');
  return bytes;
}

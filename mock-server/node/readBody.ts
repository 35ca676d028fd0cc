import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError } from './BodyTooLargeError';
import { RequestAbortedError } from './RequestAbortedError';

/**
 * Collects the request body, refusing it as soon as it would pass `maxBytes`:
 * an honest Content-Length is refused before reading, a chunked or lying one
 * at the chunk that crosses the limit, so no more than `maxBytes` is ever held.
 */
export function readBody(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(incoming.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.reject(new BodyTooLargeError(maxBytes));
  }
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = (): void => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > maxBytes) {
        stop();
        chunks.length = 0;
        incoming.pause();
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(new Uint8Array(Buffer.concat(chunks, length)));
    };
    const onError = (error: Error): void => {
      stop();
      reject(new RequestAbortedError(error));
    };
    const onClose = (): void => {
      stop();
      reject(new RequestAbortedError());
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

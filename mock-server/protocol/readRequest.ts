import type { WireCall } from './WireCall';
import { isOperationName, type OperationName } from '../spec';
import { AMZ_JSON } from '../wire/amzJson';
import { serialization, unknownOperation } from '../wire/errors';
import { parseJsonBody } from './parseJsonBody';

const TARGET_PREFIX = 'TrentService.';

export interface WireRequest {
  readonly operation: OperationName;
  readonly body: unknown;
}

/** The protocol checks every KMS JSON 1.1 request passes before any operation sees it. */
export async function readRequest(request: WireCall): Promise<WireRequest> {
  const url = new URL(request.url);
  if (request.method !== 'POST') {
    throw unknownOperation(`QKMS answers POST / only; got ${request.method} ${url.pathname}.`, 405);
  }
  if (url.pathname !== '/') throw unknownOperation(`QKMS answers POST / only; got POST ${url.pathname}.`, 404);
  const contentType = (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (contentType !== AMZ_JSON) {
    throw serialization(`Content-Type must be ${AMZ_JSON}; got ${contentType === '' ? 'none' : `'${contentType}'`}.`);
  }
  const target = request.headers.get('X-Amz-Target') ?? '';
  const name = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  if (!isOperationName(name)) {
    throw unknownOperation(
      target === ''
        ? `Missing X-Amz-Target header; send ${TARGET_PREFIX}<Operation>.`
        : `QKMS does not know the operation '${target}'; X-Amz-Target must be ${TARGET_PREFIX}<Operation> for an operation QKMS serves.`,
    );
  }
  return { operation: name, body: parseJsonBody(new Uint8Array(await request.arrayBuffer())) };
}

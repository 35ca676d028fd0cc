import { handleRequest } from './protocol/handleRequest';
import { purgeDeletedKeys } from './sandbox/purgeDeletedKeys';
import { SEED_MARKER, seedSandbox } from './sandbox/seedSandbox';
import { createMemoryStore } from './store/memoryStore';
import type { Store } from './store/Store';

export type { Store, Collection } from './store/Store';
export { createMemoryStore } from './store/memoryStore';
export { encodeBase64, decodeBase64 } from './spec/base64';
export { CALLER_HEADER } from './protocol/callerFromHeader';
export { FAULT_HEADER } from './sandbox/faultFromHeader';
export { AMZ_JSON } from './protocol/amzJson';
export {
  EXAMPLE_ALIAS,
  EXAMPLE_GRANT_ID,
  EXAMPLE_GRANT_TOKEN,
  EXAMPLE_GRANTEE,
  EXAMPLE_KEY_ID,
  SECOND_EXAMPLE_KEY_ID,
} from './sandbox/seedSandbox';

export interface QkmsOptions {
  /** Defaults to a fresh in-memory store. */
  readonly store?: Store;
  /** Defaults to () => new Date(). */
  readonly clock?: () => Date;
  /** Fills the array with random bytes; defaults to crypto.getRandomValues. Injected for reproducible examples. */
  readonly random?: (bytes: Uint8Array) => Uint8Array;
  /** Honour the X-Qkms-Sandbox-Fault header. Defaults to true (browser sandbox); the Node server passes false unless --faults. */
  readonly faults?: boolean;
  /** Called with anything unexpected that became a KMSInternalException. Defaults to console.error. */
  readonly onInternalError?: (error: unknown) => void;
}

export interface Qkms {
  /** The whole backend: a KMS JSON 1.1 request in, a KMS response out. Never rejects. */
  fetch(request: Request): Promise<Response>;
  /** Clears the store and seeds a fresh sandbox (the two example keys, the example grant). */
  reset(): Promise<void>;
}

/**
 * The QKMS backend as a fetch handler, runtime-neutral (WebCrypto, Request/Response). Requests
 * run one at a time through a promise queue; a store without the seed marker is seeded on the
 * first request.
 */
export function createQkms(options: QkmsOptions = {}): Qkms {
  const store = options.store ?? createMemoryStore();
  const now = options.clock ?? (() => new Date());
  const fill = options.random ?? ((bytes: Uint8Array) => crypto.getRandomValues(bytes));
  const random = (length: number) => Uint8Array.from(fill(new Uint8Array(length)));
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const ready = async () => {
    if ((await store.get('meta', SEED_MARKER)) === undefined) await seedSandbox(store);
    await purgeDeletedKeys(store, now().getTime());
  };

  return {
    fetch: (request) =>
      handleRequest(request, {
        store,
        now,
        random,
        faults: options.faults ?? true,
        onInternalError: options.onInternalError ?? ((error) => console.error('QKMS internal error', error)),
        serialize: (work) =>
          enqueue(async () => {
            await ready();
            return work();
          }),
      }),
    reset: () =>
      enqueue(async () => {
        await store.clear();
        await seedSandbox(store);
      }),
  };
}

// What the site uses (src/ imports the backend only from here).
export { isOperationName, operationSpecs, validateInput } from './spec';
export type { FieldError, MemberSpec, MemberType, OperationName, OperationSpec, ShapeSpec } from './spec';
export { rootPrincipal, SANDBOX_ACCOUNT } from './model/account';
export { principalAccount } from './model/principal';
export { createIndexedDbStore } from './store/indexedDbStore';

import { handleRequest } from './protocol/handleRequest';
import { purgeDeletedKeys } from './sandbox/purgeDeletedKeys';
import { SEED_MARKER, SEED_VERSION, seedSandbox } from './sandbox/seedSandbox';
import { createMemoryStore } from './store/memoryStore';
import { createSerializer } from './protocol/createSerializer';
import type { RequestLocks } from './store/RequestLocks';
import type { Store } from './store/Store';

export type { Store, Collection } from './store/Store';
export type { RequestLocks } from './store/RequestLocks';
export { createMemoryStore } from './store/memoryStore';
export { encodeBase64, decodeBase64 } from './spec/base64';
export { CALLER_HEADER } from './protocol/callerFromHeader';
export { FAULT_HEADER, faultsOf } from './sandbox/faultFromHeader';
export type { SandboxFault } from './sandbox/faultFromHeader';
export { AMZ_JSON } from './wire/amzJson';
export {
  EXAMPLE_ALIAS,
  EXAMPLE_GRANT_ID,
  EXAMPLE_GRANT_TOKEN,
  EXAMPLE_GRANTEE,
  EXAMPLE_KEY_ID,
  SECOND_EXAMPLE_KEY_ID,
  EXAMPLE_AGREEMENT_KEY_ID,
  EXAMPLE_SIGNING_KEY_ID,
  EXAMPLE_MAC_KEY_ID,
  EXAMPLE_RSA_KEY_ID,
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
  /**
   * Locks requests against other instances on the same store (other tabs) when the store names a
   * lock. Defaults to navigator.locks where there is one.
   */
  readonly locks?: RequestLocks;
}

export interface Qkms {
  /** The whole backend: a KMS JSON 1.1 request in, a KMS response out. Never rejects. */
  fetch(request: Request): Promise<Response>;
  /** Clears the store and seeds a fresh sandbox (the two example keys, the example grant). */
  reset(): Promise<void>;
}

/**
 * The QKMS backend as a fetch handler, runtime-neutral (WebCrypto, Request/Response). Requests
 * and reset() run one at a time, across every instance on the store when it names a lock (see
 * createSerializer); each one first (re)seeds a store without the current seed marker, since another
 * tab may have cleared it or an older page may have left records of an older shape.
 */
export function createQkms(options: QkmsOptions = {}): Qkms {
  const store = options.store ?? createMemoryStore();
  const now = options.clock ?? (() => new Date());
  const fill = options.random ?? ((bytes: Uint8Array) => crypto.getRandomValues(bytes));
  const random = (length: number) => Uint8Array.from(fill(new Uint8Array(length)));
  const serialize = createSerializer(store.lockName, options.locks ?? globalThis.navigator?.locks);
  const ready = async () => {
    const marker = await store.get('meta', SEED_MARKER);
    if (marker?.kind !== 'seed' || marker.version !== SEED_VERSION) {
      if (marker !== undefined) await store.clear();
      await seedSandbox(store);
    }
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
          serialize(async () => {
            await ready();
            return work();
          }),
      }),
    reset: () =>
      serialize(async () => {
        await store.clear();
        await seedSandbox(store);
      }),
  };
}

// What the site uses (src/ imports the backend only from here).
export { isOperationName, operationSpecs, validateInput } from './spec';
export { acceptedValuesOf } from './model/rules/acceptedValues';
export { OPERATION_COUNT } from './spec/operationCount';
export type { FieldError, MemberSpec, MemberType, OperationName, OperationSpec, ShapeSpec } from './spec';
export { rootPrincipal, SANDBOX_ACCOUNT } from './model/identity/account';
export { principalAccount } from './model/identity/principal';
export { createIndexedDbStore } from './store/indexedDbStore';
export * as wireEnums from './spec/enums';

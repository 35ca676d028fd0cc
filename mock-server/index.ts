import { handleRequest, type RequestDeps } from './protocol/handleRequest';
import { toFetchResponse, type WireAnswer, type WireCall } from './protocol/WireCall';
import { purgeDeletedKeys } from './sandbox/purgeDeletedKeys';
import { expireImportedMaterial } from './sandbox/expireImportedMaterial';
import { rotateDueKeys } from './sandbox/rotateDueKeys';
import { advanceClockOffset, clockStepProblem, readClockOffset } from './sandbox/sandboxClock';
import { SEED_MARKER, SEED_VERSION, seedSandbox } from './sandbox/seedSandbox';
import { createMemoryStore } from './store/memoryStore';
import { createSerializer } from './protocol/createSerializer';
import { createPooledRandom } from './crypto/pooledRandom';
import { webCryptoEngine, type CryptoEngine } from './crypto/CryptoEngine';
import { exportSandbox } from './sandbox/sandboxFile/exportSandbox';
import { importSandbox } from './sandbox/sandboxFile/importSandbox';
import type { RequestLocks } from './store/RequestLocks';
import type { Store } from './store/Store';

export type { Store, Collection } from './store/Store';
export type { RequestLocks } from './store/RequestLocks';
export type { AesGcmCipher, CryptoEngine, EcdsaSigner, HmacSigner } from './crypto/CryptoEngine';
export type { WireAnswer, WireCall } from './protocol/WireCall';
export { createMemoryStore } from './store/memoryStore';
export { encodeBase64, decodeBase64 } from './spec/base64';
export { CALLER_HEADER } from './protocol/callerFromHeader';
export { FAULT_HEADER, faultsOf } from './sandbox/faultFromHeader';
export type { SandboxFault } from './sandbox/faultFromHeader';
export { ADVANCE_CLOCK_HEADER } from './sandbox/clockStepFromHeader';
export { SANDBOX_HINT_HEADER, decodeHint } from './sandbox/hints/hintHeader';
export { EXAMPLE_CLOUDHSM_KEY_ID, EXAMPLE_CLOUDHSM_KEY_STORE_ID, EXAMPLE_EXTERNAL_KEY_STORE_ID } from './sandbox/exampleKeyStores';
export { AMZ_JSON } from './wire/amzJson';
export { SandboxFileError } from './sandbox/sandboxFile/sandboxFileFormat';
export { MIN_PASSPHRASE_LENGTH } from './sandbox/sandboxFile/exportSandbox';
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
  EXAMPLE_IMPORT_KEY_ID,
} from './sandbox/seedSandbox';

export interface QkmsOptions {
  /** Defaults to a fresh in-memory store. */
  readonly store?: Store;
  /**
   * The real clock, defaults to () => new Date(). Operations see it plus the sandbox clock's offset,
   * which advanceClock (and X-Qkms-Sandbox-Advance-Clock) move forward.
   */
  readonly clock?: () => Date;
  /** Fills the array with random bytes; defaults to crypto.getRandomValues. Injected for reproducible examples. */
  readonly random?: (bytes: Uint8Array) => Uint8Array;
  /**
   * The AES-GCM, HMAC and ECDSA run on every request; defaults to WebCrypto's. The Node server passes
   * node:crypto's (createNodeQkms), the same primitives without WebCrypto's hop to a worker thread and back.
   */
  readonly cryptoEngine?: CryptoEngine;
  /** Honour the X-Qkms-Sandbox-Fault header. Defaults to true (browser sandbox); the Node server passes false unless --faults. */
  readonly faults?: boolean;
  /**
   * Honour the X-Qkms-Sandbox-Advance-Clock header. Defaults to true (browser sandbox); the Node server
   * passes false unless --sandbox-clock.
   */
  readonly advanceClockHeader?: boolean;
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
  /**
   * The same backend without the fetch objects: `fetch` is this with a Request in and a Response out.
   * For an adapter that has a request's parts at hand (the Node server) and writes the answer itself.
   */
  handle?(call: WireCall): Promise<WireAnswer>;
  /** Clears the store and seeds a fresh sandbox (the two example keys, the example grant); its clock is real time again. */
  reset(): Promise<void>;
  /** The sandbox's time now: the real clock plus how far the sandbox clock has been advanced. */
  now(): Promise<Date>;
  /**
   * Moves the sandbox clock `ms` milliseconds forward (never back: a RangeError otherwise), then lets
   * the sandbox catch up — keys whose waiting period ended are deleted, due automatic rotations
   * happen — and resolves to the new sandbox time.
   */
  advanceClock(ms: number): Promise<Date>;
  /**
   * The whole sandbox — keys with their material, aliases, grants, key stores, clock — as the JSON text of a
   * file encrypted under `passphrase` (PBKDF2-SHA-256, AES-256-GCM). Rejects with a SandboxFileError for a
   * passphrase shorter than MIN_PASSPHRASE_LENGTH.
   */
  exportSandbox(passphrase: string): Promise<string>;
  /**
   * Replaces the sandbox with an exported file's content. A file that is not one, of another version, changed,
   * or opened with the wrong passphrase rejects with a SandboxFileError and leaves the sandbox as it was.
   */
  importSandbox(file: string, passphrase: string): Promise<void>;
}

/**
 * The QKMS backend as a fetch handler, runtime-neutral (WebCrypto, Request/Response). Requests
 * and reset() run one at a time, across every instance on the store when it names a lock (see
 * createSerializer) — except that on a store only this instance reaches and that commits nothing
 * (memory), a request's WebCrypto work may overlap other requests (Context.unlocked); each one first (re)seeds a store without the current seed marker, since another
 * tab may have cleared it or an older page may have left records of an older shape.
 */
export function createQkms(options: QkmsOptions = {}): Qkms {
  const store = options.store ?? createMemoryStore();
  const realClock = options.clock ?? (() => new Date());
  // Read from the store at the start of each piece of serialized work, so it is the one every tab sees.
  let clockOffset = 0;
  const now = () => new Date(realClock().getTime() + clockOffset);
  const fill = options.random;
  const random = fill === undefined ? createPooledRandom() : (length: number) => Uint8Array.from(fill(new Uint8Array(length)));
  const serialized = createSerializer(store.lockName, options.locks ?? globalThis.navigator?.locks);
  // Commits after the work whether it answered or failed, so the store keeps exactly what the
  // backend now serves; a failed commit fails the request instead.
  const serialize = <T>(work: () => Promise<T>): Promise<T> =>
    serialized(async () => {
      try {
        return await work();
      } finally {
        await store.commit?.();
      }
    });
  const ready = async (advanceClockMs?: number) => {
    const marker = await store.get('meta', SEED_MARKER);
    if (marker?.kind !== 'seed' || marker.version !== SEED_VERSION) {
      if (marker !== undefined) await store.clear();
      await seedSandbox(store, now().getTime());
    }
    clockOffset = advanceClockMs === undefined ? await readClockOffset(store) : await advanceClockOffset(store, advanceClockMs);
    const at = now().getTime();
    await purgeDeletedKeys(store, at);
    await expireImportedMaterial(store, at);
    await rotateDueKeys(store, at, random);
  };

  const deps: RequestDeps = {
    store,
    now,
    random,
    cryptoEngine: options.cryptoEngine ?? webCryptoEngine,
    faults: options.faults ?? true,
    advanceClockHeader: options.advanceClockHeader ?? true,
    onInternalError: options.onInternalError ?? ((error) => console.error('QKMS internal error', error)),
    // A store that commits each request's writes as one unit keeps requests wholly apart.
    unlocked: store.commit === undefined ? serialized.unlocked : (pause) => pause(),
    serialize: (work, advanceClockMs) =>
      serialize(async () => {
        await ready(advanceClockMs);
        return work();
      }),
  };
  const handle = (call: WireCall): Promise<WireAnswer> => handleRequest(call, deps);

  return {
    handle,
    fetch: async (request) => toFetchResponse(await handle(request)),
    reset: () =>
      serialize(async () => {
        await store.clear();
        await seedSandbox(store, now().getTime());
      }),
    now: () =>
      serialize(async () => {
        await ready();
        return now();
      }),
    exportSandbox: (passphrase) =>
      serialize(async () => {
        await ready();
        return exportSandbox(store, passphrase, now());
      }),
    importSandbox: (file, passphrase) => serialize(() => importSandbox(store, file, passphrase, now().getTime())),
    advanceClock: (ms) => {
      const problem = clockStepProblem(ms);
      if (problem !== undefined) return Promise.reject(new RangeError(`advanceClock: ${problem}.`));
      return serialize(async () => {
        await ready(ms);
        return now();
      });
    },
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
export { createHeldLocks } from './store/heldLocks';
export type { HeldLocks, HeldLocksOptions, LockChannel } from './store/heldLocks';
export { createMemoryFallbackStore } from './sandbox/memoryFallbackStore';
export * as wireEnums from './spec/enums';
export { keyRefusal } from './model/keys/keyRefusal';
export type { KeyTraits } from './model/keys/keyRefusal';

// CONTRACT (filled in by the backend work): see ../DESIGN notes in the issue brief.
import type { Store } from './store/Store';

export type { Store, Collection } from './store/Store';

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

export declare function createQkms(options?: QkmsOptions): Qkms;

import type { CryptoEngine } from '../crypto/CryptoEngine';
import type { Bytes, OperationName } from '../spec';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Store } from '../store/Store';

/** What an operation handler gets besides its input: the request's world. */
export interface Context {
  readonly operation: OperationName;
  readonly store: Store;
  readonly now: () => Date;
  /** `length` fresh random bytes (the injected source when one is given). */
  readonly random: (length: number) => Bytes;
  /** The AES-GCM, HMAC and ECDSA primitives (see QkmsOptions.cryptoEngine). */
  readonly cryptoEngine: CryptoEngine;
  /** ARN of the calling principal (X-Qkms-Caller, else the sandbox account's root). */
  readonly caller: string;
  readonly callerAccount: string;
  /** Grant tokens of the request, already checked to belong to live grants. */
  readonly grantTokens: readonly string[];
  /**
   * Notes that the request uses the key (usableKey calls it), so its last usage is recorded once
   * the operation has succeeded (recordKeyUse).
   */
  readonly noteKeyUse: (key: KeyRecord) => void;
  /**
   * Awaits `crypto` — cryptography on bytes and keys already read, touching no record — while other
   * requests may run, so their cryptography overlaps on WebCrypto's worker threads instead of waiting
   * in line. Records read before may be stale after it: re-read what is written afterwards.
   */
  readonly unlocked: <T>(crypto: () => Promise<T>) => Promise<T>;
}

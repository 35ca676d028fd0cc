import type { ErrorName } from '../../spec';
import { ciphertextHint } from './ciphertextHint';
import type { HintFailure } from './HintFailure';
import { keyStateHint } from './keyStateHint';
import { keyUsageHint } from './keyUsageHint';
import { notFoundHint } from './notFoundHint';

const HINTS: Partial<Record<ErrorName, (failure: HintFailure) => Promise<string | undefined>>> = {
  InvalidCiphertextException: ciphertextHint,
  IncorrectKeyException: ciphertextHint,
  DisabledException: keyStateHint,
  KMSInvalidStateException: keyStateHint,
  NotFoundException: notFoundHint,
  InvalidKeyUsageException: keyUsageHint,
};

/**
 * What the sandbox knows beyond AWS's error message, computed after the operation failed from the
 * request and the store (read only). The error itself is never changed; a hint that cannot be worked
 * out is simply absent.
 */
export async function sandboxHint(failure: HintFailure): Promise<string | undefined> {
  const hint = HINTS[failure.error.name];
  if (hint === undefined) return undefined;
  try {
    return await hint(failure);
  } catch {
    return undefined;
  }
}

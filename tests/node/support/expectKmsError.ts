import { KMSServiceException } from '@aws-sdk/client-kms';
import { expect } from 'vitest';

type ExceptionClass = abstract new (...args: never[]) => KMSServiceException;

/**
 * Awaits a call the SDK must reject and checks what a reader's code would see: the modelled
 * exception class (or, for errors KMS does not model, such as AccessDeniedException, the
 * generic KMSServiceException), its `name`, and the HTTP status.
 */
export async function expectKmsError(
  call: Promise<unknown>,
  exception: ExceptionClass | string,
  status: number,
): Promise<KMSServiceException> {
  const error = await call.then(
    (result: unknown) => new Error(`expected an error, the call succeeded with ${JSON.stringify(result)}`),
    (rejection: unknown) => rejection,
  );
  const name = typeof exception === 'string' ? exception : exception.name;
  expect(error).toBeInstanceOf(typeof exception === 'string' ? KMSServiceException : exception);
  if (!(error instanceof KMSServiceException)) throw error;
  expect(error.name).toBe(name);
  expect(error.$metadata.httpStatusCode).toBe(status);
  return error;
}

/** The client went away before sending its whole request; there is no one left to answer. */
export class RequestAbortedError extends Error {
  constructor(cause?: unknown) {
    super('The client closed the connection before the request body was complete.', { cause });
    this.name = 'RequestAbortedError';
  }
}

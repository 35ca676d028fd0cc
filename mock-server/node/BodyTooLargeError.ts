/** A request body longer than the server accepts; answered with 413 before the rest is read. */
export class BodyTooLargeError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`Request body must be at most ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}

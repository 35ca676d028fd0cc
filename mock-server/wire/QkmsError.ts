import { AMZ_JSON } from './amzJson';
import type { ErrorName } from '../spec';

/** An error that knows its own wire response: `{"__type": name, "message": text}`. */
export class QkmsError extends Error {
  override readonly name: ErrorName;
  readonly status: number;

  constructor(name: ErrorName, status: number, message: string) {
    super(message);
    this.name = name;
    this.status = status;
  }

  toResponse(requestId: string): Response {
    return new Response(JSON.stringify({ __type: this.name, message: this.message }), {
      status: this.status,
      headers: {
        'Content-Type': AMZ_JSON,
        'x-amzn-ErrorType': this.name,
        'x-amzn-RequestId': requestId,
      },
    });
  }
}

import type { WireAnswer } from '../protocol/WireCall';
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

  toAnswer(requestId: string): WireAnswer {
    return {
      status: this.status,
      headers: { 'content-type': AMZ_JSON, 'x-amzn-errortype': this.name, 'x-amzn-requestid': requestId },
      body: JSON.stringify({ __type: this.name, message: this.message }),
    };
  }
}

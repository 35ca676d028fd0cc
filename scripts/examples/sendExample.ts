import type { Qkms } from '../../mock-server/index';
import type { ExampleRequest } from './docExamples';
import { toFetchRequest } from './kmsCall';

export interface SentResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Sends a documented request to a QKMS instance exactly as a client would, and reads the JSON answer. */
export async function sendExample(qkms: Qkms, request: ExampleRequest): Promise<SentResponse> {
  const response = await qkms.fetch(toFetchRequest(request));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

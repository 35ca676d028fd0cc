import { callerHeaderValue } from '../model/callerChoice';
import { requestToSend } from './requestToSend';
import type { TesterState } from './TesterState';

/** What identifies a request: its body (parsed, so reformatting is no change), caller and fault. */
export function requestSignature(state: TesterState): string {
  const request = requestToSend(state);
  return JSON.stringify([request.body ?? request.bodyText, callerHeaderValue(state.caller) ?? null, state.fault ?? null]);
}

/** Why the response on screen no longer answers the request in the editor, or undefined while it does. */
export function responseStaleness(state: TesterState): string | undefined {
  if (state.response === undefined || state.sending) return undefined;
  if (state.blocked) return 'This response is for an earlier request: the last Send was stopped before it reached the sandbox.';
  if (state.responseFor !== undefined && state.responseFor !== requestSignature(state)) {
    return 'This response is for an earlier request: the request has changed since it was sent.';
  }
  return undefined;
}

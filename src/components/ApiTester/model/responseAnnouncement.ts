import { httpStatusText } from '../../../snippets/httpStatusText';
import type { TesterResponse } from './readResponse';

/** Milliseconds as the status line shows them: one decimal under 10 ms. */
export function formatElapsed(elapsedMs: number): string {
  return `${elapsedMs < 10 ? elapsedMs.toFixed(1) : Math.round(elapsedMs)} ms`;
}

/**
 * What a screen reader says when an answer arrives: status, error type and time, not the body. The time makes two
 * identical answers in a row different text, so the second is announced too.
 */
export function responseAnnouncement(response: TesterResponse | undefined, failure: string | undefined): string {
  if (failure !== undefined) return `The sandbox could not answer: ${failure}`;
  if (response === undefined) return '';
  const status = `${response.status} ${response.statusText || httpStatusText(response.status)}`;
  const error = response.error ? `: ${response.error.type}` : '';
  return `Response ${status}${error}, in ${formatElapsed(response.elapsedMs)}`;
}

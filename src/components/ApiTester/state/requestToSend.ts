import { validateInput } from '../../../../mock-server';
import type { JsonObject } from '../../../json/JsonValue';
import { callerProblem } from '../model/callerChoice';
import { operationSpec } from '../model/operationSpec';
import { blobProblems } from './blobProblems';
import { currentBody } from './currentBody';
import type { TesterState } from './TesterState';

export interface RequestToSend {
  /** The body as it goes on the wire: the JSON editor's text as typed, so broken JSON reaches the server too. */
  readonly bodyText: string;
  /** The body as JSON, when it is; outputs of the response are bound to it. */
  readonly body?: JsonObject;
  /** The backend would refuse it (invalid JSON, a validation error, a caller that is not a principal). */
  readonly refused: boolean;
}

export function requestToSend(state: TesterState): RequestToSend {
  const { body } = currentBody(state);
  const spec = operationSpec(state.operation);
  const problems = body !== undefined && spec !== undefined ? validateInput(spec, body) : [];
  const refused =
    body === undefined || problems.length > 0 || callerProblem(state.caller) !== undefined || Object.keys(blobProblems(state)).length > 0;
  const bodyText = state.mode === 'json' ? state.jsonText : JSON.stringify(body ?? {});
  return body === undefined ? { bodyText, refused } : { bodyText, body, refused };
}

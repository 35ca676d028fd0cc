import { validateInput } from '../../../../mock-server';
import { groupFieldErrors } from '../model/fieldErrors';
import type { GroupedErrors } from '../model/fieldErrors';
import { operationSpec } from '../model/operationSpec';
import { blobProblems } from './blobProblems';
import { currentBody } from './currentBody';
import type { TesterState } from './TesterState';

/** What the backend would reject in the current body, next to its fields; only once a send was stopped, not while typing. */
export function visibleErrors(state: TesterState): GroupedErrors | undefined {
  if (!state.showValidation) return undefined;
  const spec = operationSpec(state.operation);
  const { body } = currentBody(state);
  const grouped = groupFieldErrors(spec === undefined || body === undefined ? [] : validateInput(spec, body), state.fields);
  // A blob that does not parse in its mode: the mode's message replaces the backend's "valid base64" one.
  const blobs = Object.entries(blobProblems(state)).map(([name, message]) => [name, [message]] as const);
  return blobs.length === 0 ? grouped : { ...grouped, byField: { ...grouped.byField, ...Object.fromEntries(blobs) } };
}

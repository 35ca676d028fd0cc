import { validateInput } from '../../../../mock-server';
import { groupFieldErrors } from '../model/fieldErrors';
import type { GroupedErrors } from '../model/fieldErrors';
import { operationSpec } from '../model/operationSpec';
import { currentBody } from './currentBody';
import type { TesterState } from './TesterState';

/** What the backend would reject in the current body, next to its fields; only once a send was stopped, not while typing. */
export function visibleErrors(state: TesterState): GroupedErrors | undefined {
  if (!state.showValidation) return undefined;
  const spec = operationSpec(state.operation);
  const { body } = currentBody(state);
  return groupFieldErrors(spec === undefined || body === undefined ? [] : validateInput(spec, body), state.fields);
}

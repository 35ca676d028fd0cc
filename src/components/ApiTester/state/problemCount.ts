import { callerProblem } from '../model/callerChoice';
import type { GroupedErrors } from '../model/fieldErrors';
import type { TesterState } from './TesterState';

/** How many problems the "found before sending" banner counts: field and body messages, broken JSON, a bad caller ARN. */
export function problemCount(state: TesterState, errors: GroupedErrors | undefined): number {
  const validation = errors ? Object.values(errors.byField).reduce((sum, list) => sum + list.length, 0) + errors.general.length : 0;
  return validation + (state.jsonError ? 1 : 0) + (callerProblem(state.caller) ? 1 : 0);
}

import { callerProblem } from '../model/callerChoice';
import type { GroupedErrors } from '../model/fieldErrors';
import type { TesterState } from './TesterState';

/** One line of the error summary: what is wrong, named by its field, and the id of the control that fixes it. */
export interface SummaryProblem {
  readonly field: string;
  readonly message: string;
  readonly targetId: string;
}

/**
 * Every problem that stopped a send, in the order the tester shows its controls: fields (or the JSON
 * editor, where the fields are not shown), members the form has no field for, then the caller. `idScope`
 * is what the controls' ids are named after: the operation on an API page, the step on a flow page.
 */
export function summaryProblems(state: TesterState, errors: GroupedErrors | undefined, idScope: string = state.operation): SummaryProblem[] {
  const base = `tester-${idScope}`;
  const jsonId = `${base}-json`;
  const problems: SummaryProblem[] = [];
  if (state.jsonError) problems.push({ field: 'Request body (JSON)', message: state.jsonError, targetId: jsonId });
  for (const field of state.fields) {
    for (const message of errors?.byField[field.name] ?? []) {
      problems.push({ field: field.name, message, targetId: state.mode === 'json' ? jsonId : `${base}-${field.name}` });
    }
  }
  for (const message of errors?.general ?? []) {
    const separator = message.indexOf(': ');
    const [field, detail] = separator > 0 ? [message.slice(0, separator), message.slice(separator + 2)] : ['Request body', message];
    problems.push({ field, message: detail, targetId: state.mode === 'json' ? jsonId : `${base}-general-errors` });
  }
  const caller = callerProblem(state.caller);
  if (caller) problems.push({ field: 'Caller', message: caller, targetId: state.caller.kind === 'other' ? `${base}-caller-arn` : `${base}-caller` });
  return problems;
}

import { formToBody } from '../model/formState';
import { parseBody } from '../model/parseBody';
import type { ParsedBody } from '../model/parseBody';
import type { TesterState } from './TesterState';

/** The body the editor describes now: the form's, or the JSON editor's when it parses. */
export function currentBody(state: TesterState): ParsedBody {
  return state.mode === 'form' ? { body: formToBody(state.fields, state.form) } : parseBody(state.jsonText);
}

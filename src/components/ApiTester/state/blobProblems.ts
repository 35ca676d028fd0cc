import { blobView } from '../model/blobInput';
import type { TesterState } from './TesterState';

/** Blob fields of the form whose text does not parse in its mode, with the message naming the mode; the JSON editor has none. */
export function blobProblems(state: TesterState): Readonly<Record<string, string>> {
  if (state.mode !== 'form') return {};
  const problems: Record<string, string> = {};
  for (const field of state.fields) {
    const value = state.form.values[field.name];
    if (field.kind !== 'blob' || value?.kind !== 'text') continue;
    const { error } = blobView(field.name, value.text, state.blobInputs[field.name]);
    if (error !== undefined) problems[field.name] = error;
  }
  return problems;
}

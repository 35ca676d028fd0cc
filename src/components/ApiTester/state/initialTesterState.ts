import type { JsonObject } from '../../../json/JsonValue';
import { defaultCaller } from '../model/callerChoice';
import type { FieldDef } from '../model/fieldDefs';
import { bodyToForm, emptyForm } from '../model/formState';
import { rowIds } from '../model/rowIds';
import type { TesterState } from './TesterState';

/** A fresh tester; given the page's first example, it starts filled in so one press of Send gets a real response. */
export function initialTesterState(operation: string, fields: readonly FieldDef[], example?: JsonObject): TesterState {
  const ids = rowIds(0);
  return {
    operation,
    fields,
    mode: 'form',
    form: example === undefined ? emptyForm(fields, ids.next) : bodyToForm(fields, example, ids.next),
    jsonText: '{}',
    showValidation: false,
    blocked: false,
    caller: defaultCaller,
    sending: false,
    recentOutputs: [],
    lastRowId: ids.last(),
    blobInputs: {},
  };
}

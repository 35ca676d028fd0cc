import type { JsonObject } from '../../../json/JsonValue';
import { editValue } from '../model/fieldEdit';
import type { FieldEdit } from '../model/fieldEdit';
import { bodyToForm, formToBody } from '../model/formState';
import { contextPairs, withBinding, withOutput } from '../model/outputs';
import type { CiphertextBinding } from '../model/outputs';
import { parseBody } from '../model/parseBody';
import { rowIds } from '../model/rowIds';
import { currentBody } from './currentBody';
import { callerChoiceOf } from '../model/callerChoice';
import type { TesterAction } from './TesterAction';
import type { EditorMode, TesterState } from './TesterState';
import { switchBlobMode, typedBlobInput } from '../model/blobInput';
import type { BlobInput } from '../model/blobInput';

const pretty = (body: JsonObject): string => JSON.stringify(body, null, 2);

/** Puts a body into whichever editor is open; the reader sees it as if typed. */
function loadBody(state: TesterState, body: JsonObject, notice: string): TesterState {
  if (state.mode === 'json') return { ...state, jsonText: pretty(body), jsonError: undefined, blocked: false, notice };
  const ids = rowIds(state.lastRowId);
  return { ...state, form: bodyToForm(state.fields, body, ids.next), lastRowId: ids.last(), blocked: false, notice };
}

function switchMode(state: TesterState, mode: EditorMode): TesterState {
  if (mode === state.mode) return state;
  if (mode === 'json') {
    return { ...state, mode, jsonText: pretty(formToBody(state.fields, state.form)), jsonError: undefined };
  }
  const parsed = parseBody(state.jsonText);
  if (parsed.body === undefined) return { ...state, jsonError: `${parsed.error} Fix it to switch back to the form.` };
  const ids = rowIds(state.lastRowId);
  return { ...state, mode, form: bodyToForm(state.fields, parsed.body, ids.next), lastRowId: ids.last(), jsonError: undefined };
}

function editField(state: TesterState, name: string, edit: FieldEdit): TesterState {
  const value = state.form.values[name];
  if (value === undefined) return state;
  const ids = rowIds(state.lastRowId);
  const values = { ...state.form.values, [name]: editValue(value, edit, ids.next) };
  return { ...state, form: { ...state.form, values }, lastRowId: ids.last() };
}

function applyOutput(state: TesterState, fieldName: string, value: string, label: string, binding: CiphertextBinding | undefined): TesterState {
  const field = state.fields.find((candidate) => candidate.name === fieldName);
  if (field === undefined) return state;
  const parsed = currentBody(state);
  if (parsed.body === undefined) return { ...state, jsonError: `${parsed.error} Fix it to insert ${label}.` };
  const body = withOutput(parsed.body, field, value);
  if (binding === undefined) return loadBody(state, body, `Put ${label} into ${field.name}.`);
  const context =
    Object.keys(binding.context).length === 0
      ? 'It was made without an encryption context, so none is sent'
      : `Its encryption context went in too (${contextPairs(binding.context)})`;
  return loadBody(state, withBinding(body, state.fields, binding), `Put ${label} into ${field.name}. ${context}.`);
}

/** A blob field's form value and typed input, set together so the field shows what the reader typed. */
function setBlob(state: TesterState, name: string, input: BlobInput): TesterState {
  const value = state.form.values[name];
  if (value === undefined || value.kind !== 'text') return state;
  const values = { ...state.form.values, [name]: { kind: 'text' as const, text: input.wire } };
  return { ...state, form: { ...state.form, values }, blobInputs: { ...state.blobInputs, [name]: input } };
}

function currentWire(state: TesterState, name: string): string {
  const value = state.form.values[name];
  return value?.kind === 'text' ? value.text : '';
}

/** The tester's one state transition: pure, so every behaviour can be tested without a browser. */
export function testerReducer(state: TesterState, action: TesterAction): TesterState {
  switch (action.type) {
    case 'switch-mode':
      return switchMode(state, action.mode);
    case 'edit-field':
      return editField(state, action.name, action.edit);
    case 'edit-json':
      return { ...state, jsonText: action.text, jsonError: parseBody(action.text).error };
    case 'load-body':
      return loadBody(state, action.body, action.notice);
    case 'apply-output':
      return applyOutput(state, action.field, action.value, action.label, action.binding);
    case 'set-fault':
      return { ...state, fault: action.fault };
    case 'set-caller':
      return { ...state, caller: action.caller };
    case 'load-caller':
      return { ...state, caller: callerChoiceOf(action.principal, state.caller) };
    case 'block-send': {
      const { error } = currentBody(state);
      return { ...state, showValidation: true, blocked: true, notice: undefined, ...(error === undefined ? {} : { jsonError: error }) };
    }
    case 'start-send':
      return { ...state, blocked: false, sending: true, sendFailure: undefined, notice: undefined };
    case 'receive-response':
      return { ...state, sending: false, response: action.response, recentOutputs: action.recentOutputs ?? state.recentOutputs };
    case 'fail-send':
      return { ...state, sending: false, response: undefined, sendFailure: action.message };
    case 'restore-outputs':
      return { ...state, recentOutputs: action.outputs };
    case 'show-notice':
      return { ...state, notice: action.notice };
    case 'set-blob-mode':
      return setBlob(state, action.name, switchBlobMode(action.name, currentWire(state, action.name), state.blobInputs[action.name], action.mode));
    case 'edit-blob':
      return setBlob(state, action.name, typedBlobInput(action.mode, action.text));
    case 'load-blob-file':
      return setBlob(state, action.name, { mode: 'file', text: action.fileName, wire: action.base64 });
    case 'record-request':
      return { ...state, sentRequest: action.request };
  }
}

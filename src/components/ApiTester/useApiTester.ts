import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isOperationName, operationSpecs, validateInput } from '../../../mock-server';
import type { FieldError } from '../../../mock-server';
import { notifySandboxChanged } from '../../sandbox/sandboxChanges';
import { useSandbox } from '../../sandbox/SandboxProvider';
import type { ParameterRow } from '../ParamsTable/types';
import { firstExample, subscribeExamples } from './exampleBus';
import { buildRequest } from './model/buildRequest';
import type { SandboxFault } from './model/buildRequest';
import { callerArnProblem, callerHeaderValue, defaultCaller } from './model/callerChoice';
import type { CallerChoice } from './model/callerChoice';
import { fieldDefs } from './model/fieldDefs';
import type { FieldDef } from './model/fieldDefs';
import { groupFieldErrors } from './model/fieldErrors';
import type { GroupedErrors } from './model/fieldErrors';
import { bodyToForm, emptyForm, formToBody, nextRowId } from './model/formState';
import type { FieldValue, FormState, RequestBody } from './model/formState';
import { minimalBody } from './model/minimalBody';
import { contextPairs, extractOutputs, withBinding, withOutput } from './model/outputs';
import type { CiphertextBinding, Output } from './model/outputs';
import { readRecentOutputs, rememberOutputs } from './model/recentOutputs';
import { describeResponse } from './model/readResponse';
import type { TesterResponse } from './model/readResponse';

export type EditorMode = 'form' | 'json';

export type FieldEdit =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'add-row' }
  | { readonly type: 'remove-row'; readonly id: number }
  | { readonly type: 'row'; readonly id: number; readonly key?: string; readonly value?: string };

export interface ApiTester {
  readonly fields: readonly FieldDef[];
  readonly mode: EditorMode;
  readonly switchMode: (mode: EditorMode) => void;
  readonly form: FormState;
  readonly editField: (name: string, edit: FieldEdit) => void;
  readonly jsonText: string;
  readonly setJsonText: (text: string) => void;
  /** The JSON editor's text does not parse (shown inline, under the editor). */
  readonly jsonError: string | undefined;
  /** Validation messages, once a send has been blocked by them. */
  readonly errors: GroupedErrors | undefined;
  /** The last Send was stopped by validation; "Send anyway" sends regardless. */
  readonly blocked: boolean;
  readonly fault: SandboxFault | undefined;
  readonly setFault: (fault: SandboxFault | undefined) => void;
  /** Who the request is sent as (X-Qkms-Caller); the account admin sends no header. */
  readonly caller: CallerChoice;
  readonly setCaller: (caller: CallerChoice) => void;
  /** Why the typed "Other" principal ARN would be refused; undefined when it is fine or not in use. */
  readonly callerProblem: string | undefined;
  readonly ready: boolean;
  readonly sending: boolean;
  readonly send: (force?: boolean) => void;
  readonly fillExample: () => void;
  readonly response: TesterResponse | undefined;
  readonly sendFailure: string | undefined;
  readonly recentOutputs: readonly Output[];
  /** Puts a value into a field; a ciphertext's binding also sets the context and key members to match it. */
  readonly applyOutput: (field: FieldDef, value: string, label: string, binding?: CiphertextBinding) => void;
  /** A short confirmation for screen readers and sighted readers after "Fill example" or "Use as …". */
  readonly notice: string | undefined;
}

const pretty = (body: unknown): string => JSON.stringify(body, null, 2);

function parseBody(text: string): { readonly body?: RequestBody; readonly error?: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { error: 'The request body must be a JSON object: { "Name": value, … }.' };
    }
    return { body: { ...(parsed as Record<string, unknown>) } };
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function editValue(value: FieldValue, edit: FieldEdit): FieldValue {
  switch (value.kind) {
    case 'text':
      return edit.type === 'text' ? { kind: 'text', text: edit.text } : value;
    case 'map':
      switch (edit.type) {
        case 'add-row':
          return { kind: 'map', rows: [...value.rows, { id: nextRowId(), key: '', value: '' }] };
        case 'remove-row':
          return { kind: 'map', rows: value.rows.filter((row) => row.id !== edit.id) };
        case 'row':
          return {
            kind: 'map',
            rows: value.rows.map((row) =>
              row.id === edit.id ? { ...row, key: edit.key ?? row.key, value: edit.value ?? row.value } : row,
            ),
          };
        default:
          return value;
      }
    case 'list':
      switch (edit.type) {
        case 'add-row':
          return { kind: 'list', rows: [...value.rows, { id: nextRowId(), value: '' }] };
        case 'remove-row':
          return { kind: 'list', rows: value.rows.filter((row) => row.id !== edit.id) };
        case 'row':
          return { kind: 'list', rows: value.rows.map((row) => (row.id === edit.id ? { ...row, value: edit.value ?? row.value } : row)) };
        default:
          return value;
      }
  }
}

/** State and actions of one operation's tester; the views only render them. */
export function useApiTester(operation: string, parameters: readonly ParameterRow[]): ApiTester {
  const spec = isOperationName(operation) ? operationSpecs[operation] : undefined;
  const fields = useMemo(() => fieldDefs(parameters, spec), [parameters, spec]);
  const sandbox = useSandbox();
  const [mode, setMode] = useState<EditorMode>('form');
  // A reader who scrolls to the tester should be one press of Send away from a real response.
  const [form, setForm] = useState<FormState>(() => {
    const example = firstExample(operation);
    return example === undefined ? emptyForm(fields) : bodyToForm(fields, example);
  });
  const [jsonText, setJsonTextState] = useState('{}');
  const [jsonError, setJsonError] = useState<string | undefined>();
  const [showValidation, setShowValidation] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [fault, setFault] = useState<SandboxFault | undefined>();
  const [caller, setCaller] = useState<CallerChoice>(defaultCaller);
  const [sending, setSending] = useState(false);
  const [response, setResponse] = useState<TesterResponse | undefined>();
  const [sendFailure, setSendFailure] = useState<string | undefined>();
  const [recentOutputs, setRecentOutputs] = useState<readonly Output[]>([]);
  const [notice, setNotice] = useState<string | undefined>();

  // The latest editor state, for callbacks that must not be recreated on every keystroke.
  const current = useRef({ mode, form, jsonText });
  current.current = { mode, form, jsonText };

  useEffect(() => setRecentOutputs(readRecentOutputs(window.sessionStorage)), []);

  const currentBody = useCallback((): { readonly body?: RequestBody; readonly error?: string } => {
    const { mode: activeMode, form: activeForm, jsonText: text } = current.current;
    return activeMode === 'form' ? { body: formToBody(fields, activeForm) } : parseBody(text);
  }, [fields]);

  const loadBody = useCallback(
    (body: Readonly<Record<string, unknown>>, message: string) => {
      if (current.current.mode === 'form') setForm(bodyToForm(fields, body));
      else {
        setJsonTextState(pretty(body));
        setJsonError(undefined);
      }
      setBlocked(false);
      setNotice(message);
    },
    [fields],
  );

  useEffect(
    () => subscribeExamples(operation, (load) => loadBody(load.body, 'Loaded the example into the request.')),
    [operation, loadBody],
  );

  const switchMode = useCallback(
    (next: EditorMode) => {
      if (next === current.current.mode) return;
      if (next === 'json') {
        setJsonTextState(pretty(formToBody(fields, current.current.form)));
        setJsonError(undefined);
        setMode('json');
        return;
      }
      const parsed = parseBody(current.current.jsonText);
      if (parsed.body === undefined) {
        setJsonError(`${parsed.error ?? 'Invalid JSON.'} Fix it to switch back to the form.`);
        return;
      }
      setForm(bodyToForm(fields, parsed.body));
      setMode('form');
    },
    [fields],
  );

  const setJsonText = useCallback((text: string) => {
    setJsonTextState(text);
    setJsonError(parseBody(text).error);
  }, []);

  const editField = useCallback((name: string, edit: FieldEdit) => {
    setForm((previous) => {
      const value = previous.values[name];
      return value === undefined ? previous : { ...previous, values: { ...previous.values, [name]: editValue(value, edit) } };
    });
  }, []);

  const validationErrors = useMemo((): readonly FieldError[] => {
    if (!spec) return [];
    const parsed = mode === 'form' ? { body: formToBody(fields, form) } : parseBody(jsonText);
    return parsed.body === undefined ? [] : validateInput(spec, parsed.body);
  }, [spec, mode, fields, form, jsonText]);

  const errors = useMemo(
    () => (showValidation ? groupFieldErrors(validationErrors, fields) : undefined),
    [showValidation, validationErrors, fields],
  );

  const callerProblem = caller.kind === 'other' ? callerArnProblem(caller.otherArn) : undefined;

  const ready = sandbox.status === 'ready';

  const send = useCallback(
    (force = false) => {
      if (sandbox.status !== 'ready' || sending) return;
      const { mode: activeMode, jsonText: text } = current.current;
      const parsed = currentBody();
      const problems = parsed.body !== undefined && spec ? validateInput(spec, parsed.body) : [];
      if (!force && (parsed.body === undefined || problems.length > 0 || callerProblem !== undefined)) {
        setShowValidation(true);
        setBlocked(true);
        if (parsed.error) setJsonError(parsed.error);
        setNotice(undefined);
        return;
      }
      const bodyText = activeMode === 'json' ? text : JSON.stringify(parsed.body ?? {});
      setBlocked(false);
      setSending(true);
      setSendFailure(undefined);
      setNotice(undefined);
      const request = buildRequest(operation, bodyText, fault, callerHeaderValue(caller));
      const started = performance.now();
      sandbox.sandbox.qkms
        .fetch(request)
        .then(async (reply) => {
          const replyText = await reply.text();
          const elapsed = performance.now() - started;
          const described = describeResponse(reply.status, reply.statusText, reply.headers, replyText, elapsed);
          setResponse(described);
          if (reply.ok) {
            const outputs = extractOutputs(operation, described.body, parsed.body);
            if (outputs.length > 0) setRecentOutputs(rememberOutputs(window.sessionStorage, outputs));
          }
        })
        .catch((error: unknown) => {
          setResponse(undefined);
          setSendFailure(error instanceof Error ? error.message : String(error));
        })
        .finally(() => {
          setSending(false);
          notifySandboxChanged();
        });
    },
    [sandbox, sending, currentBody, spec, operation, fault, caller, callerProblem],
  );

  const fillExample = useCallback(() => {
    const example = firstExample(operation);
    loadBody(example ?? minimalBody(fields), example ? 'Filled in the first example on this page.' : 'Filled in the required members.');
  }, [operation, fields, loadBody]);

  const applyOutput = useCallback(
    (field: FieldDef, value: string, label: string, binding?: CiphertextBinding) => {
      const parsed = currentBody();
      if (parsed.body === undefined) {
        setJsonError(`${parsed.error ?? 'Invalid JSON.'} Fix it to insert ${label}.`);
        return;
      }
      const body = withOutput(parsed.body, field, value);
      if (binding === undefined) {
        loadBody(body, `Put ${label} into ${field.name}.`);
        return;
      }
      const context = Object.keys(binding.context).length === 0 ? 'It was made without an encryption context, so none is sent' : `Its encryption context went in too (${contextPairs(binding.context)})`;
      loadBody(withBinding(body, fields, binding), `Put ${label} into ${field.name}. ${context}.`);
    },
    [currentBody, loadBody, fields],
  );

  return {
    fields,
    mode,
    switchMode,
    form,
    editField,
    jsonText,
    setJsonText,
    jsonError,
    errors,
    blocked,
    fault,
    setFault,
    caller,
    setCaller,
    callerProblem,
    ready,
    sending,
    send,
    fillExample,
    response,
    sendFailure,
    recentOutputs,
    applyOutput,
    notice,
  };
}

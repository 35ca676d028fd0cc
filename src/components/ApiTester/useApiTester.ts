import { useCallback, useEffect, useReducer, type Dispatch } from 'react';
import { recordResponse } from '../../keyring/useKeyring';
import type { JsonObject } from '../../json/JsonValue';
import { mayChangeSandboxViews, notifySandboxChanged } from '../../sandbox/sandboxChanges';
import { useSandbox } from '../../sandbox/SandboxProvider';
import type { ParameterRow } from '../ParamsTable/types';
import { firstExample, onExampleRegistered, subscribeExamples } from './exampleBus';
import { recordRequest } from './history/pageHistory';
import { buildRequest } from './model/buildRequest';
import { callerHeaderValue } from './model/callerChoice';
import { fieldDefs } from './model/fieldDefs';
import { minimalBody } from './model/minimalBody';
import { operationSpec } from './model/operationSpec';
import { describeResponse } from './model/readResponse';
import { describeRequest } from './model/wireRequest';
import { saveRequest } from './model/savedRequest';
import { initialTesterState } from './state/initialTesterState';
import { requestToSend } from './state/requestToSend';
import { requestSignature } from './state/responseStaleness';
import { testerReducer } from './state/testerReducer';
import type { TesterAction } from './state/TesterAction';
import type { TesterState } from './state/TesterState';

/**
 * Runs `work` once the frame showing the answer is painted: the views' re-reads of the sandbox then never
 * stand between Send and the response on screen.
 */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

export interface ApiTester {
  readonly state: TesterState;
  readonly dispatch: Dispatch<TesterAction>;
  /** The sandbox is open; Send waits for it. */
  readonly ready: boolean;
  /** Sends the request to the sandbox; unless forced ("Send anyway"), stops at what validation finds. */
  readonly send: (force?: boolean) => void;
  /** Loads the page's first example, or the required members when the page has none. */
  readonly fillExample: () => void;
}

/** One operation's tester: its state in testerReducer, wired to the page's examples, the sandbox and the keyring. */
export function useApiTester(operation: string, parameters: readonly ParameterRow[]): ApiTester {
  const sandbox = useSandbox();
  const [state, dispatch] = useReducer(testerReducer, undefined, () =>
    initialTesterState(operation, fieldDefs(parameters, operationSpec(operation)), firstExample(operation)),
  );

  useEffect(() => {
    const prefill = (body: JsonObject): void => dispatch({ type: 'prefill-example', body });
    const registered = firstExample(operation);
    if (registered !== undefined) prefill(registered);
    return onExampleRegistered(operation, prefill);
  }, [operation]);
  useEffect(
    () =>
      subscribeExamples(operation, (load) => {
        dispatch({ type: 'load-body', body: load.body, notice: 'Loaded the example into the request.' });
        dispatch({ type: 'load-caller', principal: load.caller });
      }),
    [operation],
  );

  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;
  const send = useCallback(
    (force = false) => {
      if (qkms === undefined || state.sending) return;
      const request = requestToSend(state);
      if (request.refused && !force) {
        dispatch({ type: 'block-send' });
        return;
      }
      dispatch({ type: 'start-send' });
      dispatch({ type: 'note-sent-request', signature: requestSignature(state) });
      const started = performance.now();
      const sentAt = Date.now();
      const saved = saveRequest(state.operation, request.body ?? {}, state.caller, state.fault);
      const wire = buildRequest(state.operation, request.bodyText, state.fault, callerHeaderValue(state.caller));
      // Described before the send reads its body: the wire view shows this very Request.
      describeRequest(wire)
        .then((described) => dispatch({ type: 'record-request', request: described }))
        .catch(() => undefined);
      qkms
        .fetch(wire)
        .then(async (reply) => {
          const replyText = await reply.text();
          const response = describeResponse(reply.status, reply.statusText, reply.headers, replyText, performance.now() - started);
          // Stored before shown: a reload or a new page right after the answer appears still finds it in the
          // history and the keyring (a write still queued when the page goes is lost).
          await Promise.all([
            reply.ok ? recordResponse(state.operation, request.body, response.body) : undefined,
            recordRequest({ at: sentAt, request: saved, status: reply.status, errorType: response.error?.type, durationMs: response.elapsedMs }),
          ]);
          dispatch({ type: 'receive-response', response });
        })
        .catch(async (error: unknown) => {
          const durationMs = performance.now() - started;
          await recordRequest({ at: sentAt, request: saved, durationMs });
          dispatch({ type: 'fail-send', message: error instanceof Error ? error.message : String(error) });
        })
        .finally(() => {
          if (mayChangeSandboxViews(state.operation)) afterPaint(notifySandboxChanged);
        });
    },
    [qkms, state],
  );

  const fillExample = useCallback(() => {
    const example = firstExample(state.operation);
    dispatch(
      example
        ? { type: 'load-body', body: example, notice: 'Filled in the first example on this page.' }
        : { type: 'load-body', body: minimalBody(state.fields), notice: 'Filled in the required members.' },
    );
  }, [state.operation, state.fields]);

  return { state, dispatch, ready: qkms !== undefined, send, fillExample };
}

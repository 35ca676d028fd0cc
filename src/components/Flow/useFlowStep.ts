import { useEffect, useMemo, useRef, useState } from 'react';
import type { JsonObject } from '../../json/JsonValue';
import { isJsonObject } from '../../json/isJsonObject';
import { currentBody } from '../ApiTester/state/currentBody';
import { requestToSend } from '../ApiTester/state/requestToSend';
import type { ApiTester } from '../ApiTester/useApiTester';
import type { FlowContextValue } from './FlowContext';
import type { FlowStepDef } from './model/FlowStepDef';
import { stepOutcome } from './model/stepOutcome';
import { describeFilled, stepPrefill } from './model/stepPrefill';

/**
 * Ties one step's tester to its flow: sets the step's caller, fills the request whenever an earlier step it
 * reads answers (and says what went where), reports each answer to the flow, and sends when "Run all steps"
 * reaches it.
 */
export function useFlowStep(tester: ApiTester, step: FlowStepDef, flow: FlowContextValue): void {
  const { state, dispatch, ready, send } = tester;
  const { steps, state: flowState, dispatch: flowDispatch } = flow;
  const prefill = useMemo(() => stepPrefill(step, state.fields, steps, flowState.answers), [step, state.fields, steps, flowState.answers]);
  const [appliedKey, setAppliedKey] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (step.caller !== undefined) dispatch({ type: 'load-caller', principal: step.caller });
  }, [dispatch, step.caller]);

  useEffect(() => {
    if (prefill.key === appliedKey) return;
    const notice = prefill.filled.length > 0 ? `Filled in from earlier steps: ${describeFilled(prefill.filled)}.` : '';
    dispatch({ type: 'load-body', body: prefill.body, notice });
    setAppliedKey(prefill.key);
  }, [dispatch, prefill, appliedKey]);

  // The body as sent: the answer's ciphertexts are bound to its context, and later steps may read its members.
  const sentBody = useRef<JsonObject>({});
  useEffect(() => {
    if (state.sending) sentBody.current = currentBody(state).body ?? {};
  }, [state]);

  const reported = useRef(state.response);
  useEffect(() => {
    const response = state.response;
    if (response === undefined || response === reported.current) return;
    reported.current = response;
    const answer = {
      status: response.status,
      ...(response.error ? { errorType: response.error.type } : {}),
      request: sentBody.current,
      response: isJsonObject(response.body) ? response.body : {},
    };
    const done = stepOutcome(step, { ...answer, serial: 0 }, steps, flowState.answers).done;
    flowDispatch({ type: 'answer', step: step.id, answer, done });
  }, [state.response, step, steps, flowState.answers, flowDispatch]);

  useEffect(() => {
    if (state.sendFailure !== undefined) flowDispatch({ type: 'stop', step: step.id, reason: 'the sandbox could not answer.' });
  }, [state.sendFailure, step.id, flowDispatch]);

  const sentInRun = useRef(0);
  useEffect(() => {
    if (flowState.running !== step.id || sentInRun.current === flowState.run) return;
    if (!ready || state.sending || appliedKey !== prefill.key) return;
    sentInRun.current = flowState.run;
    if (prefill.waitingFor.length > 0) {
      flowDispatch({ type: 'stop', step: step.id, reason: `it needs step ${prefill.waitingFor.join(' and ')} to succeed first.` });
      return;
    }
    if (requestToSend(state).refused) flowDispatch({ type: 'stop', step: step.id, reason: 'its request has problems, shown next to its fields.' });
    send();
  }, [flowState.running, flowState.run, step.id, ready, state, appliedKey, prefill, send, flowDispatch]);
}

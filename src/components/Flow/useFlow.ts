import { useMemo, useReducer } from 'react';
import type { FlowContextValue } from './FlowContext';
import type { FlowStepDef } from './model/FlowStepDef';
import { flowReducer, initialFlowState } from './state/flowReducer';

/** A flow's shared state: its steps' answers, which later steps read, and "Run all steps". */
export function useFlow(flowId: string, steps: readonly FlowStepDef[]): FlowContextValue {
  const [state, dispatch] = useReducer(flowReducer, undefined, () => initialFlowState(steps.map((step) => step.id)));
  return useMemo(() => ({ flowId, steps, state, dispatch }), [flowId, steps, state]);
}

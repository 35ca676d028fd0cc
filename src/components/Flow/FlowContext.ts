import { createContext, useContext, type Dispatch } from 'react';
import type { FlowStepDef } from './model/FlowStepDef';
import type { FlowAction, FlowState } from './state/flowReducer';

export interface FlowContextValue {
  /** Names the flow in element ids, so two flows (or two steps of one operation) never share an id. */
  readonly flowId: string;
  readonly steps: readonly FlowStepDef[];
  readonly state: FlowState;
  readonly dispatch: Dispatch<FlowAction>;
}

export const FlowContext = createContext<FlowContextValue | undefined>(undefined);

export function useFlowContext(): FlowContextValue {
  const flow = useContext(FlowContext);
  if (flow === undefined) throw new Error('FlowStep: put every <FlowStep> directly inside a <Flow>.');
  return flow;
}

import type { FlowAnswer } from '../model/FlowAnswer';

/** A flow's shared state: what each step answered, and where "Run all steps" is. */
export interface FlowState {
  /** Step ids in page order. */
  readonly steps: readonly string[];
  readonly answers: Readonly<Record<string, FlowAnswer>>;
  /** Hands out answer serials. */
  readonly lastSerial: number;
  /** The step "Run all steps" waits on; undefined when no run is going. */
  readonly running?: string;
  /** Counts runs, so a step sends once per run. */
  readonly run: number;
  /** How the last run ended. */
  readonly runResult?: string;
}

export type FlowAction =
  | { readonly type: 'run-all' }
  /** A step answered; `done` says whether that is the answer the flow expects (a run goes on only then). */
  | { readonly type: 'answer'; readonly step: string; readonly answer: Omit<FlowAnswer, 'serial'>; readonly done: boolean }
  /** A step could not send (the sandbox failed, or validation stopped it): a run stops there. */
  | { readonly type: 'stop'; readonly step: string; readonly reason: string };

export function initialFlowState(steps: readonly string[]): FlowState {
  return { steps, answers: {}, lastSerial: 0, run: 0 };
}

const stepNumber = (state: FlowState, step: string): number => state.steps.indexOf(step) + 1;

/** The flow's one state transition: pure, so "Run all steps" can be tested without a browser. */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'run-all': {
      const first = state.steps[0];
      return first === undefined ? state : { ...state, running: first, run: state.run + 1, runResult: undefined };
    }
    case 'answer': {
      const serial = state.lastSerial + 1;
      const answers = { ...state.answers, [action.step]: { ...action.answer, serial } };
      const next: FlowState = { ...state, answers, lastSerial: serial };
      if (state.running !== action.step) return next;
      if (!action.done) return { ...next, running: undefined, runResult: `Stopped at step ${stepNumber(state, action.step)}: see its response.` };
      const following = state.steps[state.steps.indexOf(action.step) + 1];
      return following === undefined
        ? { ...next, running: undefined, runResult: `All ${state.steps.length} steps done.` }
        : { ...next, running: following };
    }
    case 'stop':
      return state.running === action.step
        ? { ...state, running: undefined, runResult: `Stopped at step ${stepNumber(state, action.step)}: ${action.reason}` }
        : state;
  }
}

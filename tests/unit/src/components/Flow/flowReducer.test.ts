import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlowState } from '../../../../../src/components/Flow/state/flowReducer';
import type { FlowState } from '../../../../../src/components/Flow/state/flowReducer';

const answer = { status: 200, request: {}, response: {} };
const start = (): FlowState => flowReducer(initialFlowState(['create', 'encrypt', 'decrypt']), { type: 'run-all' });

describe('a flow’s state', () => {
  it('numbers answers so later steps notice a step that answered again', () => {
    let state = initialFlowState(['create', 'encrypt']);
    state = flowReducer(state, { type: 'answer', step: 'create', answer, done: true });
    state = flowReducer(state, { type: 'answer', step: 'create', answer, done: true });
    expect(state.answers.create?.serial).toBe(2);
    expect(state.running).toBeUndefined();
  });

  it('runs all steps in order, moving on after each expected answer, and says when all are done', () => {
    let state = start();
    expect(state).toMatchObject({ running: 'create', run: 1 });
    state = flowReducer(state, { type: 'answer', step: 'create', answer, done: true });
    expect(state.running).toBe('encrypt');
    state = flowReducer(state, { type: 'answer', step: 'encrypt', answer, done: true });
    state = flowReducer(state, { type: 'answer', step: 'decrypt', answer, done: true });
    expect(state).toMatchObject({ running: undefined, runResult: 'All 3 steps done.' });
  });

  it('stops a run at the first step that does not answer as expected', () => {
    let state = flowReducer(start(), { type: 'answer', step: 'create', answer, done: true });
    state = flowReducer(state, { type: 'answer', step: 'encrypt', answer: { ...answer, status: 400 }, done: false });
    expect(state).toMatchObject({ running: undefined, runResult: 'Stopped at step 2: see its response.' });
  });

  it('stops a run at a step that cannot send, and ignores a stop from a step the run is not at', () => {
    const state = start();
    expect(flowReducer(state, { type: 'stop', step: 'encrypt', reason: 'x' })).toBe(state);
    expect(flowReducer(state, { type: 'stop', step: 'create', reason: 'the sandbox could not answer.' })).toMatchObject({
      running: undefined,
      runResult: 'Stopped at step 1: the sandbox could not answer.',
    });
  });

  it('counts runs, so each step sends once per run', () => {
    const again = flowReducer(flowReducer(start(), { type: 'stop', step: 'create', reason: 'x' }), { type: 'run-all' });
    expect(again).toMatchObject({ running: 'create', run: 2, runResult: undefined });
  });
});

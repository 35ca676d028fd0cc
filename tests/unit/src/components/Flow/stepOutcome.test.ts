import { describe, expect, it } from 'vitest';
import type { FlowAnswer } from '../../../../../src/components/Flow/model/FlowAnswer';
import type { FlowStepDef } from '../../../../../src/components/Flow/model/FlowStepDef';
import { stepOutcome } from '../../../../../src/components/Flow/model/stepOutcome';

const steps: readonly FlowStepDef[] = [
  { id: 'datakey', operation: 'GenerateDataKey', title: 'Data key' },
  { id: 'decrypt', operation: 'Decrypt', title: 'Decrypt', expectSame: { Plaintext: 'datakey.Plaintext' } },
  { id: 'denied', operation: 'Encrypt', title: 'Denied', expectError: 'AccessDeniedException' },
];
const [, decrypt, denied] = steps as [FlowStepDef, FlowStepDef, FlowStepDef];
const answers = { datakey: { status: 200, request: {}, response: { Plaintext: 'S0VZ', CiphertextBlob: 'AQID' }, serial: 1 } };
const ok = (response: FlowAnswer['response']): FlowAnswer => ({ status: 200, request: {}, response, serial: 2 });
const error = (type: string): FlowAnswer => ({ status: 400, errorType: type, request: {}, response: { __type: type }, serial: 2 });

describe('a flow step’s outcome', () => {
  it('is done when the response repeats the earlier value it must equal', () => {
    const outcome = stepOutcome(decrypt, ok({ Plaintext: 'S0VZ' }), steps, answers);
    expect(outcome).toEqual({ done: true, summary: 'Done: 200 OK.', checks: [{ text: "Plaintext is the same as step 1's Plaintext", passed: true }] });
  });

  it('is not done when a success returns a different value', () => {
    const outcome = stepOutcome(decrypt, ok({ Plaintext: 'T1RIRVI=' }), steps, answers);
    expect(outcome.done).toBe(false);
    expect(outcome.checks).toEqual([{ text: "Plaintext differs from step 1's Plaintext", passed: false }]);
  });

  it('is failed with the error’s name when a step meant to succeed does not', () => {
    expect(stepOutcome(decrypt, error('InvalidCiphertextException'), steps, answers)).toMatchObject({
      done: false,
      summary: 'Failed: InvalidCiphertextException. Fix the request and send again.',
    });
  });

  it('is done when a step meant to be refused is refused with the expected error, and not when it succeeds', () => {
    expect(stepOutcome(denied, error('AccessDeniedException'), steps, answers)).toMatchObject({ done: true, summary: 'Done: AccessDeniedException, as this step expects.' });
    expect(stepOutcome(denied, ok({ CiphertextBlob: 'AQID' }), steps, answers)).toMatchObject({
      done: false,
      summary: 'Not the expected answer: 200 success instead of AccessDeniedException.',
    });
  });
});

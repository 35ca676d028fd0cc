import type { FlowAnswer } from './FlowAnswer';
import type { FlowStepDef } from './FlowStepDef';
import { describeReference } from './stepPrefill';
import { parseReference } from './flowReference';
import { resolveReference } from './resolveReference';

export interface SameCheck {
  readonly text: string;
  readonly passed: boolean;
}

export interface StepOutcome {
  /** The step did what the flow expects: a success, or the error it is there to show. */
  readonly done: boolean;
  readonly summary: string;
  readonly checks: readonly SameCheck[];
}

/** Whether a step's answer is the one the flow expects, and how its "same as" checks came out. */
export function stepOutcome(step: FlowStepDef, answer: FlowAnswer, steps: readonly FlowStepDef[], answers: Readonly<Record<string, FlowAnswer>>): StepOutcome {
  const checks = Object.entries(step.expectSame ?? {}).map(([member, text]): SameCheck => {
    const reference = parseReference(text);
    const source = steps.find((candidate) => candidate.id === reference.step);
    const expected = source ? resolveReference(reference, answers[source.id], source.operation) : undefined;
    const actual = answer.response[member];
    const passed = expected !== undefined && actual !== undefined && JSON.stringify(actual) === JSON.stringify(expected.value);
    const relation = passed ? 'is the same as' : 'differs from';
    return { text: `${member} ${relation} ${describeReference(text, steps)}`, passed };
  });
  const ok = answer.status >= 200 && answer.status < 300;
  if (step.expectError !== undefined) {
    const done = !ok && answer.errorType === step.expectError;
    const summary = done
      ? `Done: ${answer.errorType}, as this step expects.`
      : `Not the expected answer: ${ok ? `${answer.status} success` : (answer.errorType ?? `HTTP ${answer.status}`)} instead of ${step.expectError}.`;
    return { done, summary, checks };
  }
  if (!ok) return { done: false, summary: `Failed: ${answer.errorType ?? `HTTP ${answer.status}`}. Fix the request and send again.`, checks };
  const allPassed = checks.every((check) => check.passed);
  return { done: allPassed, summary: allPassed ? `Done: ${answer.status} OK.` : `Answered ${answer.status}, but a check failed.`, checks };
}

import React, { Suspense, lazy, type ReactNode } from 'react';
import { useMountedAfterHydration } from '../shared/useMountedAfterHydration';
import { useFlowContext } from './FlowContext';
import type { FlowStepDef } from './model/FlowStepDef';
import { stepOutcome } from './model/stepOutcome';
import { describeFill, stepPrefill } from './model/stepPrefill';
import { stepHeadingId } from './stepHeadingId';
import styles from './Flow.module.css';

const FlowStepTester = lazy(() => import('./FlowStepTester'));

export interface FlowStepProps extends FlowStepDef {
  /** What the step does and why, shown above its tester. */
  readonly children?: ReactNode;
}

type StepState = 'waiting' | 'ready' | 'done' | 'failed';

/** One step of a <Flow>: its title and explanation, where it stands, and its tester (loaded after the page). */
export function FlowStep(props: FlowStepProps): ReactNode {
  const { id, title, children } = props;
  const flow = useFlowContext();
  const mounted = useMountedAfterHydration();
  const index = flow.steps.findIndex((step) => step.id === id);
  const step = flow.steps[index];
  if (step === undefined) throw new Error(`FlowStep "${id}" is not a step of flow "${flow.flowId}".`);
  const answer = flow.state.answers[id];
  // Fields only matter for how a value goes in; whether the earlier steps have answered does not depend on them.
  const waitingFor = stepPrefill(step, [], flow.steps, flow.state.answers).waitingFor;
  const outcome = answer === undefined ? undefined : stepOutcome(step, answer, flow.steps, flow.state.answers);
  const state: StepState = outcome ? (outcome.done ? 'done' : 'failed') : waitingFor.length > 0 ? 'waiting' : 'ready';
  const headingId = stepHeadingId(flow.flowId, id);
  const takes = describeFill(step, flow.steps);
  const stateText: Record<StepState, string> = {
    waiting: `Waiting for ${waitingFor.map((number) => `step ${number}`).join(' and ')}: send ${waitingFor.length > 1 ? 'them' : 'it'} first, and this step fills itself in.`,
    ready: takes === '' ? 'Ready: press Send.' : 'Ready: filled in from the earlier steps; press Send.',
    done: outcome?.summary ?? '',
    failed: outcome?.summary ?? '',
  };
  return (
    <section className={styles.step} aria-labelledby={headingId} data-step={id} data-step-state={state}>
      <h3 id={headingId} className={styles.stepTitle}>
        Step {index + 1}: {title}
      </h3>
      {children}
      {takes && (
        <p className={styles.takes} data-testid="flow-step-takes">
          From earlier steps: {takes}.
        </p>
      )}
      <p className={styles.stepState} data-testid="flow-step-state">
        {state === 'done' ? '✓ ' : state === 'failed' ? '✗ ' : ''}
        {stateText[state]}
      </p>
      {outcome && outcome.checks.length > 0 && (
        <ul className={styles.checks}>
          {outcome.checks.map((check) => (
            <li key={check.text}>
              {check.passed ? '✓' : '✗'} {check.text}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.tester}>
        {mounted ? (
          <Suspense fallback={<div className={styles.skeleton} aria-hidden="true" />}>
            <FlowStepTester step={step} number={index + 1} />
          </Suspense>
        ) : (
          <div className={styles.skeleton} aria-hidden="true" />
        )}
      </div>
    </section>
  );
}

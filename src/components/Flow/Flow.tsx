import React, { useMemo, type ReactNode } from 'react';
import { FlowContext } from './FlowContext';
import { FlowStep } from './FlowStep';
import { flowStepDefs } from './model/flowStepDefs';
import { useFlow } from './useFlow';
import styles from './Flow.module.css';

export interface FlowProps {
  /** Unique on the page: it prefixes the ids of the steps' controls. */
  readonly id: string;
  /** What the flow does, for screen readers: "Encrypt, re-encrypt and decrypt". */
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * A runnable walk-through: its <FlowStep>s are ordinary testers, and each is filled from the earlier steps'
 * answers, so a reader goes from the first step to the last without copying an id or a ciphertext.
 */
export function Flow({ id, title, children }: FlowProps): ReactNode {
  const steps = useMemo(() => flowStepDefs(children, FlowStep), [children]);
  const flow = useFlow(id, steps);
  const { running, runResult } = flow.state;
  const runningNumber = running === undefined ? 0 : steps.findIndex((step) => step.id === running) + 1;
  return (
    <FlowContext.Provider value={flow}>
      <section className={styles.flow} aria-label={`Runnable flow: ${title}`} data-flow={id}>
        <div className={styles.runBar}>
          <button
            type="button"
            className="button button--primary button--sm"
            disabled={running !== undefined}
            onClick={() => flow.dispatch({ type: 'run-all' })}
          >
            Run all steps
          </button>
          <span role="status" data-testid="flow-run-status">
            {running === undefined ? (runResult ?? `${steps.length} steps; send them one by one or all at once.`) : `Running step ${runningNumber} of ${steps.length}…`}
          </span>
        </div>
        {children}
      </section>
    </FlowContext.Provider>
  );
}

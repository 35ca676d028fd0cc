import React, { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusControl } from './focusControl';
import type { SummaryProblem } from './state/summaryProblems';
import styles from './ErrorSummary.module.css';

export interface ErrorSummaryProps {
  readonly problems: readonly SummaryProblem[];
  /** "Send anyway": the reader wants to see the server's own refusal. */
  readonly onSendAnyway: () => void;
}

/**
 * After a stopped send (the GOV.UK error summary): focused and announced, each problem a link that
 * names its field and takes focus to it.
 */
export function ErrorSummary({ problems, onSendAnyway }: ErrorSummaryProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => box.current?.focus(), []);
  const count = problems.length;
  return (
    <div ref={box} className={styles.summary} role="alert" aria-labelledby={titleId} tabIndex={-1} data-testid="error-summary">
      <p id={titleId} className={styles.title}>
        {count === 1 ? '1 problem' : `${count} problems`} found before sending — the server would reject this request.
      </p>
      <ul className={styles.list}>
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            <a
              href={`#${problem.targetId}`}
              className={styles.link}
              onClick={(event) => {
                event.preventDefault();
                focusControl(problem.targetId);
              }}
            >
              {problem.field}: {problem.message}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--sm button--outline button--danger" onClick={onSendAnyway}>
        Send anyway
      </button>
    </div>
  );
}

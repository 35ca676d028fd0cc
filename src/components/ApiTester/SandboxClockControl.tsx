import React, { type ReactNode } from 'react';
import { useSandboxClock } from './useSandboxClock';
import styles from './styles.module.css';

const DAY = 24 * 60 * 60 * 1000;

/** The steps a reader can take: enough to pass a waiting period (7–30 days) or a rotation period (90–2560 days). */
const STEPS = [
  { label: '+1 day', ms: DAY },
  { label: '+30 days', ms: 30 * DAY },
  { label: '+1 year', ms: 365 * DAY },
] as const;

/** "2026-12-31 14:05 UTC": the sandbox runs on UTC like the responses' timestamps. */
const formatUtc = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function describeAhead(ms: number): string | undefined {
  // Rounded: the reading is taken a moment after the step, so a 365-day step reads as 364.99 days.
  const days = Math.round(ms / DAY);
  if (days < 1) return undefined;
  return `${days} day${days === 1 ? '' : 's'} ahead of real time`;
}

/** The sandbox's date and the buttons that move it forward (it never moves back; Reset returns it to real time). */
export function SandboxClockControl(): ReactNode {
  const { now, ahead, advancing, failure, advance } = useSandboxClock();
  const aheadText = describeAhead(ahead);
  return (
    <div className={styles.clock} data-testid="sandbox-clock">
      <div className={styles.clockReading}>
        <span className={styles.outputName}>Sandbox date</span>{' '}
        <time data-testid="sandbox-date" dateTime={now?.toISOString()}>
          {now === undefined ? '…' : formatUtc(now)}
        </time>
        {aheadText && <span className={styles.outputFrom}> · {aheadText}</span>}
      </div>
      <div className={styles.clockButtons} role="group" aria-label="Advance the sandbox clock">
        {STEPS.map((step) => (
          <button
            key={step.label}
            type="button"
            className="button button--sm button--outline button--secondary"
            disabled={now === undefined || advancing}
            onClick={() => advance(step.ms)}
            title={`Move the sandbox clock ${step.label.slice(1)} forward: due deletions and automatic rotations happen`}
          >
            {step.label}
          </button>
        ))}
      </div>
      {failure && (
        <div className={styles.failure} role="alert">
          {failure}
        </div>
      )}
    </div>
  );
}

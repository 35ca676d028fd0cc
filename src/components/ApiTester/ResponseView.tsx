import React, { type ReactNode } from 'react';
import { httpStatusText } from '../../snippets/httpStatusText';
import { HighlightedJson } from './HighlightedJson';
import type { TesterResponse } from './model/readResponse';
import styles from './styles.module.css';

export interface ResponseViewProps {
  readonly response: TesterResponse | undefined;
  readonly failure: string | undefined;
  readonly sending: boolean;
  readonly exampleResponse: unknown;
}

function statusClass(status: number): string {
  if (status >= 500) return styles.toneDanger;
  if (status >= 400) return styles.toneWarning;
  return styles.toneSuccess;
}

/** The last response: status and time, the error name first for failures, headers, and the body. */
export function ResponseView({ response, failure, sending, exampleResponse }: ResponseViewProps): ReactNode {
  return (
    <div className={styles.section} aria-busy={sending}>
      <div role="heading" aria-level={4} className={styles.sectionTitle}>Response</div>
      <div aria-live="polite">
        {failure && (
          <div className={styles.failure} role="alert">
            The sandbox could not answer: {failure}
          </div>
        )}
        {response ? (
          <>
            <div className={styles.statusLine}>
              <span className={`${styles.status} ${statusClass(response.status)}`} data-testid="response-status">
                {response.status} {response.statusText || httpStatusText(response.status)}
              </span>
              <span className={styles.elapsed} data-testid="response-time">
                {response.elapsedMs < 10 ? response.elapsedMs.toFixed(1) : Math.round(response.elapsedMs)} ms
              </span>
            </div>
            {response.error && (
              <div className={styles.errorBox}>
                <strong className={styles.errorType} data-testid="response-error-type">
                  {response.error.type}
                </strong>
                <div className={styles.errorMessage}>{response.error.message}</div>
              </div>
            )}
            <details className={styles.headers}>
              <summary>Headers ({response.headers.length})</summary>
              <dl>
                {response.headers.map(([name, value]) => (
                  <div key={name} className={styles.header}>
                    <dt>{name}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <HighlightedJson code={response.bodyText || '(empty body)'} testId="response-body" label="Response body" />
          </>
        ) : (
          !failure && (
            <>
              <div className={styles.placeholder}>{sending ? 'Sending…' : 'Send the request to see the sandbox’s response here.'}</div>
              {exampleResponse !== undefined && (
                <details className={styles.headers}>
                  <summary>Example response body</summary>
                  <HighlightedJson code={JSON.stringify(exampleResponse, null, 2)} label="Example response body" />
                </details>
              )}
            </>
          )
        )}
      </div>
    </div>
  );
}

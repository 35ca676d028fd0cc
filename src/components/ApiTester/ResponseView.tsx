import React, { memo, useId, type ReactNode } from 'react';
import { httpStatusText } from '../../snippets/httpStatusText';
import { CopyButton } from './CopyButton';
import { HighlightedJson } from './HighlightedJson';
import { SandboxHint } from './SandboxHint';
import { StaleNote } from './StaleNote';
import type { TesterResponse } from './model/readResponse';
import { formatElapsed, responseAnnouncement } from './model/responseAnnouncement';
import { ResponseBody } from './ResponseBody';
import { TESTER_SECTION_LEVEL } from './testerHeadingLevels';
import { useFocusOnAnswer } from './useFocusOnAnswer';
import styles from './styles.module.css';

export interface ResponseViewProps {
  readonly response: TesterResponse | undefined;
  readonly failure: string | undefined;
  readonly sending: boolean;
  readonly exampleResponse: unknown;
  /** Wire name; types the body's blob members for their text, hex and base64 views. */
  readonly operation?: string;
  /** Why the response shown no longer answers the request in the editor (see responseStaleness). */
  readonly stale?: string;
  /** Id of what the response belongs to (a flow step's heading): added to the region's name, so several on a page differ. */
  readonly ownerLabelId?: string;
}

function statusClass(status: number): string {
  if (status >= 500) return styles.toneDanger;
  if (status >= 400) return styles.toneWarning;
  return styles.toneSuccess;
}

/**
 * The last response: status and time, the error name first for failures, headers, and the body. When a send
 * finishes, focus moves here and a status region announces the status and error type (not the whole body).
 * Memoised: typing in the form leaves its props alone, and a large body need not be compared again per key press.
 */
export const ResponseView = memo(function ResponseView({ response, failure, sending, exampleResponse, operation = '', stale, ownerLabelId }: ResponseViewProps): ReactNode {
  const focusTarget = useFocusOnAnswer<HTMLDivElement>(sending);
  // A page (a flow) may hold several testers: the id names this one's region.
  const headingId = useId();
  return (
    <div className={styles.section}>
      <div role="status" className={styles.visuallyHidden} data-testid="response-announcement">
        {sending ? '' : responseAnnouncement(response, failure)}
      </div>
      <div role="region" aria-labelledby={ownerLabelId ? `${headingId} ${ownerLabelId}` : headingId} tabIndex={-1} ref={focusTarget} aria-busy={sending} className={styles.responseRegion} data-testid="response">
        <div role="heading" aria-level={TESTER_SECTION_LEVEL} id={headingId} className={styles.sectionTitle}>
          Response
        </div>
        {failure && (
          <div className={styles.failure}>
            The sandbox could not answer: {failure}
          </div>
        )}
        {response ? (
          <>
            {stale && <StaleNote message={stale} />}
            <div className={styles.statusLine}>
              {sending ? (
                // The previous answer stays for reference, but its status must not pass for the new one's.
                <span className={styles.elapsed}>Sending… the previous response is below.</span>
              ) : (
                <>
                  <span className={`${styles.status} ${statusClass(response.status)}`} data-testid="response-status">
                    {response.status} {response.statusText || httpStatusText(response.status)}
                  </span>
                  <span className={styles.elapsed} data-testid="response-time">
                    {formatElapsed(response.elapsedMs)}
                  </span>
                </>
              )}
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
                    <dd>
                      {value} <CopyButton text={() => value} what={`${name} header`} />
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
            <ResponseBody operation={operation} text={response.bodyText} body={response.body} />
            <SandboxHint headers={response.headers} />
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
});

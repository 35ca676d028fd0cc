import React, { useId, type ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import { rawHttp } from './model/wireRequest';
import type { WireRequest } from './model/wireRequest';
import { TESTER_SECTION_LEVEL } from './testerHeadingLevels';
import styles from './styles.module.css';
import wireStyles from './WireRequestView.module.css';

export interface WireRequestViewProps {
  readonly request: WireRequest;
}

/** The request the last Send handed to the sandbox, read from that Request object: method, path, headers and body. */
export function WireRequestView({ request }: WireRequestViewProps): ReactNode {
  const headingId = useId();
  const target = request.headers.find(([name]) => name === 'x-amz-target')?.[1];
  return (
    <div className={styles.section} role="region" aria-labelledby={headingId} data-testid="wire-request">
      <div className={wireStyles.bar}>
        <div role="heading" aria-level={TESTER_SECTION_LEVEL} id={headingId} className={styles.sectionTitle}>
          Request sent
        </div>
        <CopyButton text={() => rawHttp(request)} what="request sent">
          Copy as raw HTTP
        </CopyButton>
      </div>
      <details className={styles.headers}>
        <summary>
          <code>
            {request.method} {request.path}
          </code>
          {target !== undefined && <> — {target}</>}, {request.headers.length} headers, {new TextEncoder().encode(request.body).length} byte body
        </summary>
        <pre className={`${styles.code} ${wireStyles.raw}`} data-testid="wire-request-raw" aria-label="Request sent, as raw HTTP" tabIndex={0}>
          {/* CRLF for the clipboard, as HTTP/1.1 wants; a pre shows plain line breaks. */}
          {rawHttp(request).replace(/\r\n/g, '\n')}
        </pre>
      </details>
    </div>
  );
}

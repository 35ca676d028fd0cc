import React, { useState, type ReactNode } from 'react';
import type { JsonValue } from '../../json/JsonValue';
import { BlobOutputs } from './BlobOutputs';
import { CopyButton } from './CopyButton';
import { HighlightedJson } from './HighlightedJson';
import { bodySize, isLargeBody } from './model/bodySize';
import styles from './styles.module.css';
import bodyStyles from './ResponseBody.module.css';

export interface ResponseBodyProps {
  readonly operation: string;
  readonly text: string;
  readonly body: JsonValue | undefined;
}

/**
 * The response body: its binary members readable as text, hex or base64, then the JSON as received. A large
 * body (a ListKeys of a thousand keys) starts collapsed and, opened, is shown without highlighting: tokenising
 * hundreds of kilobytes into spans froze the page.
 */
export function ResponseBody({ operation, text, body }: ResponseBodyProps): ReactNode {
  const large = isLargeBody(text);
  const [expanded, setExpanded] = useState(false);
  const shown = !large || expanded;
  return (
    <>
      <BlobOutputs operation={operation} body={body} />
      <div className={bodyStyles.bar}>
        <span className={bodyStyles.title}>
          Body <span className={bodyStyles.size} data-testid="response-body-size">{bodySize(text)}</span>
        </span>
        <CopyButton text={() => text} what="response body" />
        {large && (
          <button type="button" className="button button--sm button--outline button--secondary" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Hide' : 'Show'}
            <span className={styles.visuallyHidden}> response body</span>
          </button>
        )}
      </div>
      {shown &&
        (large ? (
          <pre className={`${styles.code} ${bodyStyles.plain}`} data-testid="response-body" aria-label="Response body" tabIndex={0}>
            {text}
          </pre>
        ) : (
          <HighlightedJson code={text || '(empty body)'} testId="response-body" label="Response body" />
        ))}
    </>
  );
}

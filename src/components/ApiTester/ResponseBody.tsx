import React, { useMemo, useState, type ReactNode } from 'react';
import type { JsonValue } from '../../json/JsonValue';
import { BlobOutputs } from './BlobOutputs';
import { CopyButton } from './CopyButton';
import { HighlightedJson } from './HighlightedJson';
import { FIRST_LINES_SHOWN, bodySize, isLargeBody } from './model/bodySize';
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
 * hundreds of kilobytes into spans froze the page. Its first lines come first, the rest on request, so
 * opening it costs the same whatever its size.
 */
export function ResponseBody({ operation, text, body }: ResponseBodyProps): ReactNode {
  const large = isLargeBody(text);
  const [expanded, setExpanded] = useState(false);
  const [allLines, setAllLines] = useState(false);
  const shown = !large || expanded;
  const lines = useMemo(() => (large ? text.split('\n') : []), [large, text]);
  const partial = large && !allLines && lines.length > FIRST_LINES_SHOWN;
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
          <>
            <pre className={`${styles.code} ${bodyStyles.plain}`} data-testid="response-body" aria-label="Response body" tabIndex={0}>
              {partial ? lines.slice(0, FIRST_LINES_SHOWN).join('\n') : text}
            </pre>
            {partial && (
              <button type="button" className={`button button--sm button--outline button--secondary ${bodyStyles.more}`} onClick={() => setAllLines(true)}>
                Show all {lines.length.toLocaleString('en-US')} lines
                <span className={styles.visuallyHidden}> of the response body</span>
              </button>
            )}
          </>
        ) : (
          <HighlightedJson code={text || '(empty body)'} testId="response-body" label="Response body" />
        ))}
    </>
  );
}

import React, { type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import { operationFromRequest } from '../../snippets/operationFromRequest';
import { toHttpResponse } from '../../snippets/toHttpResponse';
import SnippetTabs from '../SnippetTabs';
import { useStableValue } from '../shared/useStableValue';
import { assertExampleProps, hasResponse } from './assertExampleProps';
import type { ApiExampleProps } from './assertExampleProps';
import { useTryIt } from './useTryIt';
import { CALLER_HEADER } from '../../../mock-server';
import styles from './styles.module.css';

export type { ApiExampleProps } from './assertExampleProps';

/** A request (in every snippet language, all runnable against the mock server) and, when given, its response. */
export default function ApiExample(props: Readonly<ApiExampleProps>): ReactNode {
  const operation = assertExampleProps(props);
  const request = useStableValue(props.request);
  const { response } = props;
  // Key policy examples are sent as another principal; the reader sees who, and Try it sends as them too.
  const caller = request.headers[CALLER_HEADER];
  const tryIt = useTryIt(operation, request.body, caller);
  return (
    <div className={styles.example}>
      {props.setup?.map((step, index) => (
        <React.Fragment key={index}>
          <div className={styles.bar}>
            <span className={styles.label}>First</span>
            <span className={styles.summary}>
              <code>
                {step.method} {step.path}
              </code>{' '}
              {operationFromRequest(step)}
            </span>
          </div>
          <SnippetTabs operation={operationFromRequest(step) ?? ''} body={step.body} caller={step.headers[CALLER_HEADER]} />
        </React.Fragment>
      ))}
      <div className={styles.bar}>
        <span className={styles.label}>Request</span>
        <span className={styles.summary}>
          <code>
            {request.method} {request.path}
          </code>{' '}
          {operation}
          {caller !== undefined && (
            <>
              {' '}
              as <code>{caller}</code> ({CALLER_HEADER})
            </>
          )}
        </span>
        <button type="button" className={`button button--sm button--primary ${styles.tryIt}`} onClick={tryIt}>
          Try it
        </button>
      </div>
      <SnippetTabs operation={operation} body={request.body} caller={caller} />
      {hasResponse(response) && (
        <>
          <div className={styles.bar}>
            <span className={styles.label}>Response</span>
          </div>
          <CodeBlock language="http">{toHttpResponse(response)}</CodeBlock>
        </>
      )}
    </div>
  );
}

import React, { useMemo, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import { operationSpecs, isOperationName } from '../../../mock-server';
import { snippetLanguages } from '../../snippets/snippetLanguages';
import { toHttpResponse } from '../../snippets/toHttpResponse';
import { assertExampleProps, hasResponse } from './assertExampleProps';
import type { ApiExampleProps } from './assertExampleProps';
import { useStableValue } from '../shared/useStableValue';
import { useTryIt } from './useTryIt';
import styles from './styles.module.css';

export type { ApiExampleProps } from './assertExampleProps';

/** A request (in five languages, all runnable against the mock server) and, when given, its response. */
export default function ApiExample(props: Readonly<ApiExampleProps>): ReactNode {
  const operation = assertExampleProps(props);
  const request = useStableValue(props.request);
  const { response } = props;
  const tryIt = useTryIt(operation, request.body);
  const snippets = useMemo(() => {
    const members = isOperationName(operation) ? operationSpecs[operation].input : [];
    return snippetLanguages.map((language) => ({ ...language, code: language.generate(request, members) }));
  }, [operation, request]);
  return (
    <div className={styles.example}>
      <div className={styles.bar}>
        <span className={styles.label}>Request</span>
        <span className={styles.summary}>
          <code>
            {request.method} {request.path}
          </code>{' '}
          {operation}
        </span>
        <button type="button" className={`button button--sm button--primary ${styles.tryIt}`} onClick={tryIt}>
          Try it
        </button>
      </div>
      <Tabs groupId="qkms-snippet-language" className={styles.tabs}>
        {snippets.map((snippet) => (
          <TabItem key={snippet.id} value={snippet.id} label={snippet.label}>
            <CodeBlock language={snippet.prism}>{snippet.code}</CodeBlock>
          </TabItem>
        ))}
      </Tabs>
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

import React, { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { SandboxProvider } from '../../sandbox/SandboxProvider';
import type { ApiTesterProps } from './assertTesterProps';
import { RequestEditor } from './RequestEditor';
import { ResponseView } from './ResponseView';
import { SandboxPanel } from './SandboxPanel';
import { useApiTester } from './useApiTester';
import styles from './styles.module.css';

function TesterBody({ operation, parameters, exampleResponse }: ApiTesterProps): ReactNode {
  const tester = useApiTester(operation, parameters);
  const { send } = tester;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    },
    [send],
  );
  return (
    <div className={styles.body} onKeyDown={onKeyDown}>
      <RequestEditor operation={operation} tester={tester} />
      {tester.notice && (
        <div className={styles.notice} role="status">
          {tester.notice}
        </div>
      )}
      <ResponseView response={tester.response} failure={tester.sendFailure} sending={tester.sending} exampleResponse={exampleResponse} />
      <SandboxPanel tester={tester} />
    </div>
  );
}

/** The heavy part of the tester (backend, crypto, IndexedDB), loaded only in the browser and only when needed. */
export default function Tester(props: ApiTesterProps): ReactNode {
  return (
    <SandboxProvider>
      <TesterBody {...props} />
    </SandboxProvider>
  );
}

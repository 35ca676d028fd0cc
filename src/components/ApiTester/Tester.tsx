import React, { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { SandboxProvider } from '../../sandbox/SandboxProvider';
import type { ApiTesterProps } from './assertTesterProps';
import { RequestEditor } from './RequestEditor';
import { ResponseView } from './ResponseView';
import { SandboxPanel } from './SandboxPanel';
import { WireRequestView } from './WireRequestView';
import { useApiTester } from './useApiTester';
import { HistoryPanel } from './history/HistoryPanel';
import { SandboxFileControls } from './history/SandboxFileControls';
import { ShareLinkControl } from './history/ShareLinkControl';
import { useSavedRequests } from './history/useSavedRequests';
import styles from './styles.module.css';

function TesterBody({ operation, parameters, exampleResponse }: ApiTesterProps): ReactNode {
  const tester = useApiTester(operation, parameters);
  const { state, dispatch, send } = tester;
  const savedRequests = useSavedRequests(tester);
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
      <RequestEditor tester={tester} />
      {state.notice && (
        <div className={styles.notice} role="status">
          {state.notice}
        </div>
      )}
      <ShareLinkControl state={state} />
      {state.sentRequest && <WireRequestView request={state.sentRequest} />}
      <ResponseView response={state.response} failure={state.sendFailure} sending={state.sending} exampleResponse={exampleResponse} operation={state.operation} />
      <SandboxPanel fields={state.fields} recentOutputs={state.recentOutputs} dispatch={dispatch} />
      <HistoryPanel operation={operation} savedRequests={savedRequests} />
      <SandboxFileControls />
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

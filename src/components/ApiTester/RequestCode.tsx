import React, { type ReactNode } from 'react';
import SnippetTabs from '../SnippetTabs';
import { callerPrincipal } from './model/callerChoice';
import { currentBody } from './state/currentBody';
import type { TesterState } from './state/TesterState';
import styles from './styles.module.css';

export interface RequestCodeProps {
  readonly state: TesterState;
}

/** The request being edited, in the same languages as the page's examples, to run against `npm run mock-server`. */
export function RequestCode({ state }: RequestCodeProps): ReactNode {
  const { body } = currentBody(state);
  return (
    <details className={styles.requestCode}>
      <summary>This request as code</summary>
      {body === undefined ? (
        <div className={styles.placeholder}>Fix the JSON to see this request as code.</div>
      ) : (
        <SnippetTabs operation={state.operation} body={body} caller={callerPrincipal(state.caller)} lazy />
      )}
    </details>
  );
}

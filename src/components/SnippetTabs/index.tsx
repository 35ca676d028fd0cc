import React, { type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import type { JsonObject } from '../../json/JsonValue';
import { DeferredSnippet } from './DeferredSnippet';
import { useSnippets } from './useSnippets';
import styles from './styles.module.css';

export interface SnippetTabsProps {
  readonly operation: string;
  readonly body: JsonObject;
  /** The principal the request is sent as (X-Qkms-Caller), when not the account admin. */
  readonly caller?: string;
  /** Render only the chosen tab: for code that changes as the reader types. */
  readonly lazy?: boolean;
}

/** One tab per language; the chosen language is shared by every example and tester on the site. */
export default function SnippetTabs({ operation, body, caller, lazy = false }: SnippetTabsProps): ReactNode {
  const snippets = useSnippets(operation, body, caller);
  return (
    <div className={styles.snippets}>
      <Tabs groupId="qkms-snippet-language" className={styles.tabs} lazy={lazy}>
        {snippets.map((snippet) => (
          <TabItem key={snippet.id} value={snippet.id} label={snippet.label}>
            {'code' in snippet ? (
              <CodeBlock language={snippet.prism}>{snippet.code}</CodeBlock>
            ) : (
              <DeferredSnippet language={snippet.deferred} input={snippet.input} />
            )}
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}

import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import { ThemeClassNames } from '@docusaurus/theme-common';
import type { JsonObject } from '../../json/JsonValue';
import { DeferredSnippet } from './DeferredSnippet';
import { useSnippetTabs } from './useSnippetTabs';
import { useSnippets, type Snippet } from './useSnippets';
import styles from './styles.module.css';

export interface SnippetTabsProps {
  readonly operation: string;
  readonly body: JsonObject;
  /** The principal the request is sent as (X-Qkms-Caller), when not the account admin. */
  readonly caller?: string;
  /** Render only the chosen tab: for code that changes as the reader types. */
  readonly lazy?: boolean;
}

/**
 * A tab's code. Only the shown tab is highlighted: Prism's tokens are most of a page's elements, and a hidden
 * tab's keep hydration busy for code nobody sees. A hidden tab keeps its code as plain text (found by search,
 * read without JavaScript); a deferred language writes nothing until its tab is shown.
 */
function SnippetCode({ snippet, shown }: { readonly snippet: Snippet; readonly shown: boolean }): ReactNode {
  if ('code' in snippet) {
    return shown ? <CodeBlock language={snippet.prism}>{snippet.code}</CodeBlock> : <pre>{snippet.code}</pre>;
  }
  return shown ? <DeferredSnippet language={snippet.deferred} input={snippet.input} /> : null;
}

/** One tab per language; the chosen language is shared by every example and tester on the site. */
export default function SnippetTabs({ operation, body, caller, lazy = false }: SnippetTabsProps): ReactNode {
  const snippets = useSnippets(operation, body, caller);
  const { selected, select, onKeyDown } = useSnippetTabs(snippets);
  // The markup and classes of Docusaurus's <Tabs>, so the theme's tab styles apply.
  return (
    <div className={styles.snippets}>
      <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabList)}>
        <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', styles.tabs)}>
          {snippets.map((snippet) => (
            <li
              key={snippet.id}
              role="tab"
              tabIndex={snippet.id === selected ? 0 : -1}
              aria-selected={snippet.id === selected}
              className={clsx('tabs__item', styles.tabItem, snippet.id === selected && 'tabs__item--active')}
              onClick={(event) => select(event, snippet.id)}
              onKeyDown={(event) => onKeyDown(event, snippet.id)}
            >
              {snippet.label}
            </li>
          ))}
        </ul>
        <div className="margin-top--md">
          {snippets.map((snippet) =>
            lazy && snippet.id !== selected ? null : (
              <div key={snippet.id} role="tabpanel" className={styles.tabPanel} hidden={snippet.id !== selected}>
                <SnippetCode snippet={snippet} shown={snippet.id === selected} />
              </div>
            ),
          )}
        </div>
      </div>
    </div>
  );
}

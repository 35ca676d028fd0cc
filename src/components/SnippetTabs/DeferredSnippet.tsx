import React, { type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import type { SnippetInput } from '../../snippets/SnippetInput';
import type { DeferredSnippetLanguage } from '../../snippets/snippetLanguages';
import { useDeferredSnippet } from './useDeferredSnippet';
import styles from './styles.module.css';

export interface DeferredSnippetProps {
  readonly language: DeferredSnippetLanguage;
  readonly input: SnippetInput;
}

/** A language's code block whose generator loads when the panel is first shown. */
export function DeferredSnippet({ language, input }: DeferredSnippetProps): ReactNode {
  const { ref, code } = useDeferredSnippet(language, input);
  return (
    <div ref={ref}>
      {code === undefined ? (
        <pre className={styles.pending}>Writing the {language.label} code…</pre>
      ) : (
        <CodeBlock language={language.prism}>{code}</CodeBlock>
      )}
    </div>
  );
}

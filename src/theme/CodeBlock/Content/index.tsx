import React, { useMemo, type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from 'prism-react-renderer';
import type { Props } from '@theme/CodeBlock/Content';
import NumberedContent from '@theme-original/CodeBlock/Content';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import { highlightedLinesHtml } from './highlightedLinesHtml';

/**
 * Docusaurus's code block content, with the highlighted lines written as one HTML string instead of a React element
 * per line and per token. The markup and colours are the same; React just has no token to hydrate or update, which
 * made Prism's spans most of an API page's elements. A reader's dark theme rewrites the string in one step.
 * Blocks with line numbers keep Docusaurus's own rendering (no page of ours has them).
 */
export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const { codeBlockRef } = wordWrap;
  // One element for as long as the code and theme are the same: the block re-renders whenever its word-wrap state
  // changes, and React then skips the highlighting instead of tokenizing and writing the lines again.
  const highlighted = useMemo(
    () => (
      <Highlight theme={prismTheme} code={metadata.code} language={metadata.language ?? 'text'}>
        {({ className: prismClassName, style, tokens, getLineProps, getTokenProps }) => (
          // tabIndex 0: a block wider than the screen scrolls with the keyboard, as Docusaurus's own does.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <pre ref={codeBlockRef} tabIndex={0} className={clsx(className, prismClassName, styles.codeBlock, 'thin-scrollbar')} style={style as CSSProperties}>
            <code
              className={styles.codeBlockLines}
              dangerouslySetInnerHTML={{ __html: highlightedLinesHtml(tokens, metadata.lineClassNames, getLineProps, getTokenProps) }}
            />
          </pre>
        )}
      </Highlight>
    ),
    [prismTheme, metadata, className, codeBlockRef],
  );
  if (metadata.lineNumbersStart !== undefined) return <NumberedContent className={className} />;
  return highlighted;
}

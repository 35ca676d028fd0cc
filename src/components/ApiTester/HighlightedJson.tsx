import React, { type ReactNode } from 'react';
import { Highlight } from 'prism-react-renderer';
import { usePrismTheme } from '@docusaurus/theme-common';
import styles from './styles.module.css';

export interface HighlightedJsonProps {
  readonly code: string;
  readonly language?: string;
  readonly testId?: string;
  readonly label: string;
}

/** A read-only code view in the site's Prism theme (light or dark), for JSON the reader did not write. */
export function HighlightedJson({ code, language = 'json', testId, label }: HighlightedJsonProps): ReactNode {
  const theme = usePrismTheme();
  return (
    <Highlight code={code} language={language} theme={theme}>
      {({ className, style, tokens, getLineProps, getTokenProps }) => (
        <pre className={`${className} ${styles.code}`} style={style} data-testid={testId} aria-label={label} tabIndex={0}>
          {tokens.map((line, lineIndex) => (
            <div key={lineIndex} {...getLineProps({ line })}>
              {line.map((token, tokenIndex) => (
                <span key={tokenIndex} {...getTokenProps({ token })} />
              ))}
            </div>
          ))}
        </pre>
      )}
    </Highlight>
  );
}

import React, { useMemo, type ReactNode } from 'react';
import { useThemeConfig } from '@docusaurus/theme-common';
import { CodeBlockContextProvider, createCodeBlockMetadata } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content/String';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import { useObservedWordWrap } from './useObservedWordWrap';

/** Docusaurus's string code block, with a word-wrap state that never forces a layout (see useObservedWordWrap). */
export default function CodeBlockString(props: Props): ReactNode {
  const { prism } = useThemeConfig();
  const { children, className, metastring, language, title, showLineNumbers } = props;
  // The same metadata while the props are the same, so the word-wrap state's updates (the block's observer
  // reports after its first layout) do not highlight the code again (see Content).
  const metadata = useMemo(
    () =>
      createCodeBlockMetadata({
        code: children,
        className,
        metastring,
        magicComments: prism.magicComments,
        defaultLanguage: prism.defaultLanguage,
        language,
        title,
        showLineNumbers,
      }),
    [children, className, metastring, language, title, showLineNumbers, prism],
  );
  const wordWrap = useObservedWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}

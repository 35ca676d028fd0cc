import React, { type ReactNode } from 'react';
import SkipToContent from '@theme-original/SkipToContent';
import { TesterSkipLink } from '@site/src/components/TesterSkipLink';

/** Docusaurus's skip link, then, on API pages, one straight to the live tester. */
export default function SkipToContentWrapper(): ReactNode {
  return (
    <>
      <SkipToContent />
      <TesterSkipLink />
    </>
  );
}

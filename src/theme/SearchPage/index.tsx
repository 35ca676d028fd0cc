import React, { type ReactNode } from 'react';
import SearchPage from '@theme-original/SearchPage';
import { NeedsMainLandmark } from '@site/src/components/shared/mainLandmark';

/** The search plugin's page, with its results in a main landmark (see theme/Layout). */
export default function SearchPageWrapper(): ReactNode {
  return (
    <NeedsMainLandmark>
      <SearchPage />
    </NeedsMainLandmark>
  );
}

import React, { createContext, useContext, type ReactNode } from 'react';

const WrapInMain = createContext(false);

/** For a page whose content has no <main> of its own (the search plugin's page): the Layout wraps it in one. */
export function NeedsMainLandmark({ children }: { readonly children: ReactNode }): ReactNode {
  return <WrapInMain.Provider value>{children}</WrapInMain.Provider>;
}

/** Whether the Layout should wrap the page's content in <main>. */
export function useWrapInMain(): boolean {
  return useContext(WrapInMain);
}

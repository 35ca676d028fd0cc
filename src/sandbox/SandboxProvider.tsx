import React, { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getSandbox } from './getSandbox';
import type { Sandbox } from './getSandbox';

export type SandboxState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly sandbox: Sandbox }
  | { readonly status: 'failed'; readonly message: string };

const SandboxContext = createContext<SandboxState | undefined>(undefined);

/** Opens the browser's sandbox once and hands it to the testers below. */
export function SandboxProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [state, setState] = useState<SandboxState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getSandbox().then(
      (sandbox) => live && setState({ status: 'ready', sandbox }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return <SandboxContext.Provider value={state}>{children}</SandboxContext.Provider>;
}

export function useSandbox(): SandboxState {
  const state = useContext(SandboxContext);
  if (state === undefined) throw new Error('useSandbox: wrap the component in <SandboxProvider>.');
  return state;
}

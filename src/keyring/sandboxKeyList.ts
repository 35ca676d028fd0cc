import { useEffect, useSyncExternalStore } from 'react';
import type { Qkms } from '../../mock-server';
import { subscribeSandboxChanges } from '../sandbox/sandboxChanges';
import { useSandbox } from '../sandbox/SandboxProvider';
import { listSandboxAliases, listSandboxKeys } from '../components/ApiTester/model/sandboxKeys';
import type { SandboxAlias, SandboxKey } from '../components/ApiTester/model/sandboxKeys';

export interface SandboxKeyList {
  readonly keys: readonly SandboxKey[];
  readonly aliases: readonly SandboxAlias[];
}

const EMPTY: SandboxKeyList = { keys: [], aliases: [] };

let current: SandboxKeyList = EMPTY;
const listeners = new Set<() => void>();
let watching: { readonly qkms: Qkms; readonly stop: () => void } | undefined;
let generation = 0;

function refresh(qkms: Qkms): void {
  generation += 1;
  const mine = generation;
  Promise.all([listSandboxKeys(qkms), listSandboxAliases(qkms)]).then(
    ([keys, aliases]) => {
      if (mine !== generation) return;
      current = { keys, aliases };
      for (const listener of listeners) listener();
    },
    // The sandbox panel reports failures to read keys; a picker without keys still takes free text.
    () => undefined,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && watching) {
      watching.stop();
      watching = undefined;
    }
  };
}

/**
 * The sandbox's keys and aliases for the key pickers: read once for all pickers of the page, again
 * after every request that may change them (see mayChangeSandboxViews; the key list of the sandbox panel reads its own).
 */
export function useSandboxKeyList(): SandboxKeyList {
  const sandbox = useSandbox();
  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;
  const list = useSyncExternalStore(subscribe, () => current, () => EMPTY);
  useEffect(() => {
    if (qkms === undefined || watching?.qkms === qkms) return;
    watching?.stop();
    watching = { qkms, stop: subscribeSandboxChanges(() => refresh(qkms)) };
    refresh(qkms);
  }, [qkms]);
  return list;
}

import { useCallback, useEffect, useState } from 'react';
import { getKeyring } from '../../keyring/useKeyring';
import { notifySandboxChanged, subscribeSandboxChanges } from '../../sandbox/sandboxChanges';
import { useSandbox } from '../../sandbox/SandboxProvider';
import { clearRequestHistory } from './history/pageHistory';
import { listSandboxKeys } from './model/sandboxKeys';
import type { SandboxKey } from './model/sandboxKeys';

export interface SandboxKeys {
  readonly keys: readonly SandboxKey[] | undefined;
  readonly failure: string | undefined;
  readonly storage: 'indexeddb' | 'memory' | undefined;
  /** Why the sandbox is in memory only, while it is. */
  readonly memoryReason: string | undefined;
  readonly resetting: boolean;
  /** Asks for confirmation, then clears the sandbox back to its seeded keys, and empties the keyring. */
  readonly reset: () => void;
}

/** The sandbox's keys, re-read after every request a tester sends that may change them (see mayChangeSandboxViews). */
export function useSandboxKeys(): SandboxKeys {
  const sandbox = useSandbox();
  const [keys, setKeys] = useState<readonly SandboxKey[] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [resetting, setResetting] = useState(false);
  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;

  useEffect(() => {
    if (qkms === undefined) return undefined;
    let live = true;
    let generation = 0;
    const refresh = (): void => {
      generation += 1;
      const mine = generation;
      listSandboxKeys(qkms).then(
        (list) => {
          if (live && mine === generation) {
            setKeys(list);
            setFailure(undefined);
          }
        },
        (error: unknown) => {
          if (live && mine === generation) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    };
    refresh();
    const unsubscribe = subscribeSandboxChanges(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [qkms]);

  const reset = useCallback(() => {
    if (qkms === undefined) return;
    if (!window.confirm('Reset the sandbox? Keys and grants you created and the request history are deleted; the example keys come back.')) return;
    setResetting(true);
    qkms
      .reset()
      // A fresh sandbox starts with a fresh history: old entries name keys that no longer exist.
      .then(clearRequestHistory)
      // The keyring's entries name keys and grants that no longer exist.
      .then(() => getKeyring().clear())
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        setResetting(false);
        notifySandboxChanged();
      });
  }, [qkms]);

  return {
    keys,
    failure: sandbox.status === 'failed' ? sandbox.message : failure,
    storage: sandbox.status === 'ready' ? sandbox.sandbox.storage : undefined,
    memoryReason: sandbox.status === 'ready' ? sandbox.sandbox.memoryReason : undefined,
    resetting,
    reset,
  };
}

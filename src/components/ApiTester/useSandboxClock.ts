import { useCallback, useEffect, useState } from 'react';
import { notifySandboxChanged, subscribeSandboxChanges } from '../../sandbox/sandboxChanges';
import { useSandbox } from '../../sandbox/SandboxProvider';

export interface SandboxClock {
  /** The sandbox's time when last read (after every request that may change the sandbox, and every step), undefined until then. */
  readonly now: Date | undefined;
  /** How far the sandbox clock runs ahead of this browser's clock, in milliseconds, when read. */
  readonly ahead: number;
  readonly advancing: boolean;
  readonly failure: string | undefined;
  /** Moves the sandbox clock `ms` forward; every view re-reads the sandbox (keys may have rotated or gone). */
  readonly advance: (ms: number) => void;
}

/** The sandbox clock, which the backend keeps in the store, so every tab shows and moves the same one. */
export function useSandboxClock(): SandboxClock {
  const sandbox = useSandbox();
  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;
  const [reading, setReading] = useState<{ readonly now: Date; readonly ahead: number } | undefined>();
  const [advancing, setAdvancing] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    if (qkms === undefined) return undefined;
    let live = true;
    const refresh = (): void => {
      qkms.now().then(
        (now) => live && setReading({ now, ahead: now.getTime() - Date.now() }),
        (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
      );
    };
    refresh();
    const unsubscribe = subscribeSandboxChanges(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [qkms]);

  const advance = useCallback(
    (ms: number) => {
      if (qkms === undefined) return;
      setAdvancing(true);
      qkms
        .advanceClock(ms)
        .then(() => setFailure(undefined))
        .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)))
        .finally(() => {
          setAdvancing(false);
          notifySandboxChanged();
        });
    },
    [qkms],
  );

  return { now: reading?.now, ahead: reading?.ahead ?? 0, advancing, failure, advance };
}

import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry } from './HistoryEntry';
import { clearRequestHistory, getRequestHistory, subscribeHistory } from './pageHistory';

export interface HistoryEntries {
  /** Newest first; undefined while the history opens. */
  readonly entries: readonly HistoryEntry[] | undefined;
  readonly storage: 'indexeddb' | 'memory' | undefined;
  readonly clear: () => void;
}

/** The sandbox's request history, re-read whenever this tab or another one records or clears it. */
export function useHistoryEntries(): HistoryEntries {
  const [entries, setEntries] = useState<readonly HistoryEntry[] | undefined>();
  const [storage, setStorage] = useState<'indexeddb' | 'memory' | undefined>();

  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      getRequestHistory()
        .then(async (history) => {
          const list = await history.list();
          if (live) {
            setStorage(history.storage);
            setEntries(list);
          }
        })
        .catch(() => live && setEntries([]));
    };
    refresh();
    const unsubscribe = subscribeHistory(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const clear = useCallback(() => {
    void clearRequestHistory();
  }, []);

  return { entries, storage, clear };
}

import React, { useCallback, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { kebabCase } from '../../../snippets/kebabCase';
import { testerElementId } from '../testerElementId';
import type { HistoryEntry } from './HistoryEntry';
import { HISTORY_LIMIT } from './requestHistory';
import { handOffRequest } from './requestHandoff';
import { useHistoryEntries } from './useHistoryEntries';
import type { SavedRequests } from './useSavedRequests';
import styles from './history.module.css';

export interface HistoryPanelProps {
  readonly operation: string;
  readonly savedRequests: SavedRequests;
}

const time = (at: number): string => new Date(at).toLocaleTimeString();

function outcome(entry: HistoryEntry): string {
  if (entry.status === undefined) return 'no answer';
  return entry.errorType === undefined ? String(entry.status) : `${entry.status} ${entry.errorType}`;
}

/** Past requests of the sandbox (every page, every tab), each loadable into its operation's tester or replayed. */
export function HistoryPanel({ operation, savedRequests }: HistoryPanelProps): ReactNode {
  const { entries, storage, clear } = useHistoryEntries();
  const router = useHistory();
  const { withBaseUrl } = useBaseUrlUtils();

  const open = useCallback(
    (entry: HistoryEntry, send: boolean) => {
      const target = entry.request.operation;
      if (target === operation) {
        savedRequests.load(entry.request, 'history', send);
        // Keyboard users go on in the tester with the loaded request; a replay then moves focus to its response.
        document.getElementById(testerElementId(target))?.focus();
        return;
      }
      handOffRequest(window.sessionStorage, { request: entry.request, send });
      router.push(`${withBaseUrl(`/docs/api/${kebabCase(target)}`)}#${testerElementId(target)}`);
    },
    [operation, savedRequests, router, withBaseUrl],
  );

  const count = entries?.length ?? 0;
  return (
    <details className={styles.panel} data-testid="request-history">
      <summary className={styles.summary}>Request history ({count})</summary>
      <p className={styles.note}>
        Every request the sandbox&apos;s testers send, newest first (the last {HISTORY_LIMIT}), kept in this browser
        {storage === 'memory' ? ' — in memory only, as IndexedDB is unavailable' : ''} and cleared by Reset sandbox.
        Plaintext, messages, passwords and key material are never stored, nor any response body: a replay asks you to
        fill them in.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--sm button--outline button--secondary" onClick={clear} disabled={count === 0}>
          Clear history
        </button>
      </div>
      {entries !== undefined && count === 0 && <p className={styles.note}>No requests yet.</p>}
      {count > 0 && (
        <ul className={styles.list}>
          {entries?.map((entry) => {
            const what = `${entry.request.operation} request of ${time(entry.at)}`;
            return (
              <li key={entry.id} className={styles.entry} data-testid="history-entry" data-operation={entry.request.operation}>
                <span className={styles.entryText}>
                  <code>{entry.request.operation}</code> <span data-testid="history-status">{outcome(entry)}</span>{' '}
                  <span className={styles.entryMeta}>
                    · {time(entry.at)} · {Math.round(entry.durationMs)} ms
                    {entry.request.caller.kind !== 'admin' && ` · as ${entry.request.caller.kind === 'partner' ? 'partner role' : entry.request.caller.otherArn}`}
                    {entry.request.removed.length > 0 && ` · ${entry.request.removed.join(', ')} not stored`}
                  </span>
                </span>
                <button type="button" className="button button--sm button--outline button--primary" aria-label={`Load ${what}`} onClick={() => open(entry, false)}>
                  Load
                </button>
                <button type="button" className="button button--sm button--outline button--primary" aria-label={`Replay ${what}`} onClick={() => open(entry, true)}>
                  Replay
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}

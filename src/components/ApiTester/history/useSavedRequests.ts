import { useCallback, useEffect, useState } from 'react';
import { removedNotice } from '../model/redactRequest';
import type { SavedRequest } from '../model/savedRequest';
import { decodeShareLink } from '../model/shareLink';
import type { ApiTester } from '../useApiTester';
import { testerElementId } from '../testerElementId';
import { takeHandoff } from './requestHandoff';

export interface SavedRequests {
  /** Puts a saved request into this tester; `send` replays it once the sandbox is ready, unless members must be filled in. */
  readonly load: (request: SavedRequest, from: string, send: boolean) => void;
}

/** Loads requests from history and share links into one tester: on mount from the URL or a handoff, later on request. */
export function useSavedRequests(tester: ApiTester): SavedRequests {
  const { dispatch, ready, send, state } = tester;
  const [sendQueued, setSendQueued] = useState(false);

  const load = useCallback(
    (request: SavedRequest, from: string, sendIt: boolean) => {
      dispatch({ type: 'set-caller', caller: request.caller });
      dispatch({ type: 'set-fault', fault: request.fault });
      dispatch({ type: 'load-body', body: request.body, notice: `Loaded the request from ${from}.${removedNotice(request.removed)}` });
      if (sendIt && request.removed.length === 0) setSendQueued(true);
    },
    [dispatch],
  );

  const openSharedRequest = useCallback(
    (hash: string) => {
      const shared = decodeShareLink(hash);
      if (shared.kind === 'invalid') dispatch({ type: 'show-notice', notice: shared.problem });
      if (shared.kind === 'request' && shared.request.operation === state.operation) {
        load(shared.request, 'the share link', false);
        // The fragment names no element, so the browser stayed where it was: bring the request into view.
        document.getElementById(testerElementId(state.operation))?.scrollIntoView({ block: 'start' });
      }
    },
    [dispatch, load, state.operation],
  );

  useEffect(() => {
    const handoff = takeHandoff(window.sessionStorage, state.operation);
    if (handoff !== undefined) load(handoff.request, 'history', handoff.send);
    else openSharedRequest(window.location.hash);
    // A link pasted into the address bar of its own page changes only the fragment: the page does not reload.
    const onHashChange = (): void => openSharedRequest(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [state.operation, load, openSharedRequest]);

  // Sends after the render that holds the loaded request, so Send sees it.
  useEffect(() => {
    if (sendQueued && ready && !state.sending) {
      setSendQueued(false);
      send();
    }
  }, [sendQueued, ready, send, state.sending]);

  return { load };
}

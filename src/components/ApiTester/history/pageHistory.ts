import { openRequestHistory } from './requestHistory';
import type { RequestHistory } from './requestHistory';
import type { NewHistoryEntry } from './HistoryEntry';

type Listener = () => void;

const CHANNEL = 'qkms-sandbox-history';
const listeners = new Set<Listener>();
let history: Promise<RequestHistory> | undefined;
let channel: BroadcastChannel | undefined;

function notifyHere(): void {
  for (const listener of listeners) listener();
}

/** The page's one history; other tabs of the sandbox hear of changes over a BroadcastChannel. */
export function getRequestHistory(): Promise<RequestHistory> {
  if (history === undefined) {
    history = openRequestHistory();
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = notifyHere;
    }
  }
  return history;
}

/** Tells the history views of this tab and of the sandbox's other tabs that the history changed. */
export function notifyHistoryChanged(): void {
  notifyHere();
  channel?.postMessage('changed');
}

export function subscribeHistory(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Adds a sent request, settled once the entry is stored; a history that cannot be written never fails the
 * request it records.
 */
export function recordRequest(entry: NewHistoryEntry): Promise<void> {
  return getRequestHistory()
    .then((store) => store.add(entry))
    .then(notifyHistoryChanged, () => undefined);
}

/** Empties the history ("Clear history", and "Reset sandbox", which starts the sandbox over). */
export async function clearRequestHistory(): Promise<void> {
  const store = await getRequestHistory();
  await store.clear();
  notifyHistoryChanged();
}

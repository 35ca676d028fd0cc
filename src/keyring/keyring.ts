import type { EntrySecret, KeyringEntry, RecordedEntries } from './KeyringEntry';
import { memoryKeyringStorage, type KeyringStorage, type KeyringStorageKind } from './keyringStorage';

/** How many entries the keyring keeps (stored ones; this tab's plaintexts are counted apart). */
export const KEYRING_LIMIT = 50;

export interface KeyringSnapshot {
  /** Newest first: stored entries and this tab's plaintext ones. */
  readonly entries: readonly KeyringEntry[];
  /** Undefined until the storage is open. */
  readonly storage?: KeyringStorageKind;
}

/** The part of BroadcastChannel the keyring uses: tells the other tabs the list changed. */
export interface KeyringChannel {
  postMessage(message: KeyringMessage): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type KeyringMessage = 'changed' | 'cleared';

export interface Keyring {
  snapshot(): KeyringSnapshot;
  subscribe(listener: () => void): () => void;
  record(recorded: RecordedEntries): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  /** The message a signature or MAC was made over, when this tab made it. */
  secretOf(id: string): EntrySecret | undefined;
}

const sameValue = (a: KeyringEntry, b: KeyringEntry) => a.kind === b.kind && a.value === b.value;

/** Fresh entries first, then older ones that are not repeats of them, at most `limit`. */
function keep(old: readonly KeyringEntry[], fresh: readonly KeyringEntry[], limit: number): KeyringEntry[] {
  const kept: KeyringEntry[] = [];
  for (const entry of [...fresh, ...old]) if (!kept.some((other) => sameValue(other, entry))) kept.push(entry);
  return kept.slice(0, limit);
}

const newestFirst = (entries: readonly KeyringEntry[]): KeyringEntry[] => [...entries].sort((a, b) => b.origin.at - a.origin.at);

/**
 * The outputs of every request this browser sent to its sandbox. Stored entries are shared by every
 * tab (storage, plus a channel message so the others read it again); plaintext entries and the
 * messages signatures and MACs were made over stay in this tab's memory.
 */
export function createKeyring(openStorage: () => Promise<KeyringStorage>, channel?: KeyringChannel, limit = KEYRING_LIMIT): Keyring {
  let stored: readonly KeyringEntry[] = [];
  let tabOnly: readonly KeyringEntry[] = [];
  const secrets = new Map<string, EntrySecret>();
  const listeners = new Set<() => void>();
  let current: KeyringSnapshot = { entries: [] };
  let kind: KeyringStorageKind | undefined;

  const publish = (): void => {
    const entries = newestFirst([...stored, ...tabOnly]);
    current = kind === undefined ? { entries } : { entries, storage: kind };
    for (const listener of listeners) listener();
  };

  let opening = openStorage().then(async (storage) => {
    kind = storage.kind;
    stored = await storage.read();
    publish();
    return storage;
  });

  const reload = async (): Promise<void> => {
    stored = await (await opening).read();
    publish();
  };

  if (channel) {
    channel.onmessage = (event) => {
      if (event.data === 'cleared') {
        tabOnly = [];
        secrets.clear();
      }
      void reload();
    };
  }

  /** A write the browser refused (its storage for the site is full): the keyring goes on in this tab's memory. */
  const moveToMemory = async (): Promise<KeyringStorage> => {
    const memory = memoryKeyringStorage();
    await memory.update(() => stored);
    opening = Promise.resolve(memory);
    kind = memory.kind;
    return memory;
  };

  const change = async (update: (entries: readonly KeyringEntry[]) => readonly KeyringEntry[], message: KeyringMessage) => {
    const storage = await opening;
    try {
      stored = await storage.update(update);
    } catch {
      stored = await (await moveToMemory()).update(update);
    }
    publish();
    channel?.postMessage(message);
  };

  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    record: async ({ entries, secrets: fresh }) => {
      if (entries.length === 0) return;
      for (const [id, secret] of fresh) secrets.set(id, secret);
      // Oldest first in a Map: beyond what the keyring can still list, the secrets belong to entries it dropped.
      for (const id of [...secrets.keys()].slice(0, Math.max(0, secrets.size - limit))) secrets.delete(id);
      tabOnly = keep(tabOnly, entries.filter((entry) => entry.tabOnly), limit);
      await change((old) => keep(old, entries.filter((entry) => !entry.tabOnly), limit), 'changed');
    },
    remove: async (id) => {
      tabOnly = tabOnly.filter((entry) => entry.id !== id);
      secrets.delete(id);
      await change((old) => old.filter((entry) => entry.id !== id), 'changed');
    },
    clear: async () => {
      tabOnly = [];
      secrets.clear();
      await change(() => [], 'cleared');
    },
    secretOf: (id) => secrets.get(id),
  };
}

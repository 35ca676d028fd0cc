import { useSyncExternalStore } from 'react';
import type { JsonObject, JsonValue } from '../json/JsonValue';
import { entriesFromResponse } from './entriesFromResponse';
import { createKeyring } from './keyring';
import type { Keyring, KeyringChannel, KeyringSnapshot } from './keyring';
import { openKeyringStorage } from './keyringStorage';

let keyring: Keyring | undefined;

/** The browser's one keyring, shared by every tester of the page and, through IndexedDB, every tab. */
export function getKeyring(): Keyring {
  if (keyring === undefined) {
    const channel: KeyringChannel | undefined = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('qkms-keyring');
    keyring = createKeyring(() => openKeyringStorage(), channel);
  }
  return keyring;
}

/** Puts the reusable values of a successful response into the keyring, settled once they are stored (or could not be). */
export function recordResponse(operation: string, request: JsonObject | undefined, body: JsonValue | undefined): Promise<void> {
  return getKeyring()
    .record(entriesFromResponse(operation, request, body, Date.now(), () => crypto.randomUUID()))
    .catch(() => undefined);
}

const EMPTY: KeyringSnapshot = { entries: [] };

export interface KeyringView extends KeyringSnapshot {
  readonly keyring: Keyring;
}

/** The keyring's entries (newest first) for a component, re-rendered when any tab changes them. */
export function useKeyring(): KeyringView {
  const shared = getKeyring();
  const snapshot = useSyncExternalStore(shared.subscribe, shared.snapshot, () => EMPTY);
  return { ...snapshot, keyring: shared };
}

import { createIndexedDbStore, createMemoryStore, createQkms } from '../../mock-server';
import type { Qkms } from '../../mock-server';

export interface Sandbox {
  readonly qkms: Qkms;
  /** 'memory' when IndexedDB is unavailable (private browsing, blocked storage): keys last until reload. */
  readonly storage: 'indexeddb' | 'memory';
}

let sandbox: Promise<Sandbox> | undefined;

async function openSandbox(): Promise<Sandbox> {
  const store = createIndexedDbStore({ name: 'qkms-sandbox' });
  try {
    // Opening the database is where private modes and blocked storage fail; find out before the first request.
    await store.list('meta');
    return { qkms: createQkms({ store }), storage: 'indexeddb' };
  } catch {
    return { qkms: createQkms({ store: createMemoryStore() }), storage: 'memory' };
  }
}

/** The page's one sandbox (one per browser profile, since it lives in IndexedDB); every tester shares it. */
export function getSandbox(): Promise<Sandbox> {
  sandbox ??= openSandbox();
  return sandbox;
}

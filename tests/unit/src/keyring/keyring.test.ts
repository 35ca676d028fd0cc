import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../src/keyring/keyring';
import type { Keyring, KeyringChannel } from '../../../../src/keyring/keyring';
import type { EntryKind, KeyringEntry, RecordedEntries } from '../../../../src/keyring/KeyringEntry';
import { memoryKeyringStorage, openKeyringStorage } from '../../../../src/keyring/keyringStorage';

let at = 0;
const entry = (kind: EntryKind, value: string): KeyringEntry => {
  at += 1;
  return { id: `${kind}-${value}-${at}`, kind, name: kind, value, origin: { operation: 'Test', at }, tabOnly: kind === 'plaintext' };
};
const recording = (...entries: KeyringEntry[]): RecordedEntries => ({ entries, secrets: new Map() });
const values = (keyring: Keyring) => keyring.snapshot().entries.map((item) => item.value);

const channels: BroadcastChannel[] = [];
function channel(): KeyringChannel {
  const opened = new BroadcastChannel('keyring-test');
  channels.push(opened);
  return opened;
}
afterEach(() => {
  for (const opened of channels.splice(0)) opened.close();
});

/** Resolves once the keyring's snapshot satisfies `check` (a change from another tab arrives asynchronously). */
function until(keyring: Keyring, check: (entries: readonly KeyringEntry[]) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check(keyring.snapshot().entries)) return resolve();
    const stop = keyring.subscribe(() => {
      if (check(keyring.snapshot().entries)) {
        stop();
        resolve();
      }
    });
  });
}

/** What the keyring's IndexedDB database holds, read directly. */
function storedJson(factory: IDBFactory): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = factory.open('qkms-keyring', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('keyring').objectStore('keyring').get('entries');
      request.onsuccess = () => {
        open.result.close();
        resolve(JSON.stringify(request.result ?? null));
      };
    };
  });
}

describe('the keyring', () => {
  it('goes on in memory, keeping what it listed, when its storage refuses a write (the site’s storage is full)', async () => {
    const full = memoryKeyringStorage();
    let refuse = false;
    const keyring = createKeyring(() =>
      Promise.resolve({
        kind: 'indexeddb' as const,
        read: full.read,
        update: (change: Parameters<typeof full.update>[0]) =>
          refuse ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : full.update(change),
      }),
    );
    await keyring.record(recording(entry('keyId', 'before')));
    refuse = true;
    await keyring.record(recording(entry('ciphertext', 'after')));
    expect(values(keyring)).toEqual(['after', 'before']);
    expect(keyring.snapshot().storage).toBe('memory');
    await keyring.remove(keyring.snapshot().entries[0].id);
    expect(values(keyring)).toEqual(['before']);
  });

  it('lists new entries first, a repeated value once at its newest, and keeps at most the limit', async () => {
    const keyring = createKeyring(() => Promise.resolve(memoryKeyringStorage()), undefined, 3);
    await keyring.record(recording(entry('keyId', 'k1'), entry('ciphertext', 'c1')));
    await keyring.record(recording(entry('keyId', 'k1')));
    expect(values(keyring)).toEqual(['k1', 'c1']);
    await keyring.record(recording(entry('keyId', 'k2'), entry('keyId', 'k3')));
    expect(values(keyring)).toEqual(['k3', 'k2', 'k1']);
  });

  it('removes one entry, or all of them', async () => {
    const keyring = createKeyring(() => Promise.resolve(memoryKeyringStorage()));
    const [one, two, secret] = [entry('keyId', 'a'), entry('grantId', 'b'), entry('plaintext', 'p')];
    await keyring.record(recording(one, two, secret));
    await keyring.remove(one.id);
    await keyring.remove(secret.id);
    expect(values(keyring)).toEqual(['b']);
    await keyring.clear();
    expect(values(keyring)).toEqual([]);
  });

  it('never writes plaintext or a signed message to IndexedDB, and keeps them in the tab', async () => {
    const factory = new IDBFactory();
    const keyring = createKeyring(() => openKeyringStorage(factory));
    const signature = entry('signature', 'sig');
    await keyring.record({ entries: [entry('plaintext', 'PLAINTEXT-VALUE'), signature], secrets: new Map([[signature.id, { message: 'SIGNED-MESSAGE' }]]) });
    expect(values(keyring)).toEqual(['PLAINTEXT-VALUE', 'sig']);
    expect(keyring.secretOf(signature.id)).toEqual({ message: 'SIGNED-MESSAGE' });
    expect(keyring.snapshot().storage).toBe('indexeddb');
    const stored = await storedJson(factory);
    expect(stored).toContain('sig');
    expect(stored).not.toContain('PLAINTEXT-VALUE');
    expect(stored).not.toContain('SIGNED-MESSAGE');
  });

  it('shows another tab’s outputs without their plaintext, and a clear in one tab clears the other', async () => {
    const factory = new IDBFactory();
    const first = createKeyring(() => openKeyringStorage(factory), channel());
    const second = createKeyring(() => openKeyringStorage(factory), channel());
    await first.record(recording(entry('ciphertext', 'from-first'), entry('plaintext', 'first-only')));
    await until(second, (entries) => entries.some((item) => item.value === 'from-first'));
    expect(values(second)).toEqual(['from-first']);
    await second.record(recording(entry('plaintext', 'second-only')));
    await first.clear();
    await until(second, (entries) => entries.length === 0);
    expect(values(first)).toEqual([]);
  });

  it('keeps both tabs’ entries when they record at the same moment', async () => {
    const factory = new IDBFactory();
    const first = createKeyring(() => openKeyringStorage(factory));
    const second = createKeyring(() => openKeyringStorage(factory));
    await Promise.all([first.record(recording(entry('keyId', 'one'))), second.record(recording(entry('keyId', 'two')))]);
    const third = createKeyring(() => openKeyringStorage(factory));
    await until(third, (entries) => entries.length === 2);
    expect(new Set(values(third))).toEqual(new Set(['one', 'two']));
  });

  it('falls back to memory where IndexedDB refuses to open, as in private modes', async () => {
    const refusing = { open: () => { throw new Error('blocked'); } } as Pick<IDBFactory, 'open'>;
    const storage = await openKeyringStorage(refusing as IDBFactory);
    expect(storage.kind).toBe('memory');
    const keyring = createKeyring(() => Promise.resolve(storage));
    await keyring.record(recording(entry('keyId', 'k')));
    expect(keyring.snapshot()).toMatchObject({ storage: 'memory', entries: [{ value: 'k' }] });
  });

  it('ignores stored data it does not recognise', async () => {
    const factory = new IDBFactory();
    const storage = await openKeyringStorage(factory);
    await storage.update(() => [entry('keyId', 'good')]);
    const raw = factory.open('qkms-keyring', 1);
    await new Promise<void>((resolve) => {
      raw.onsuccess = () => {
        const transaction = raw.result.transaction('keyring', 'readwrite');
        transaction.objectStore('keyring').put([{ nonsense: true }, ...[entry('grantId', 'also-good')]], 'entries');
        transaction.oncomplete = () => {
          raw.result.close();
          resolve();
        };
      };
    });
    expect((await storage.read()).map((item) => item.value)).toEqual(['also-good']);
  });
});

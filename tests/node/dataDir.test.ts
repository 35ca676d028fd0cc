import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listeningUrl, runCli } from './support/runCli';
import { kmsRequest } from '../support/kmsRequest';
import { EXAMPLE_KEY_ID } from '../support/sandbox';

/*
 * `npm run mock-server -- --data-dir <dir>` killed with SIGKILL in the middle of a load, again and
 * again on the same directory: every change that was answered 200 is there after each restart.
 * The server runs as `node --import tsx` so that SIGKILL reaches the server itself (tsx's own CLI
 * would leave its child running).
 */



/** One KMS call over HTTP: the parsed body of a 200, or undefined for anything else (an error, a connection the kill cut). */
async function send(url: string, operation: string, body: object): Promise<Record<string, unknown> | undefined> {
  try {
    const response = await fetch(kmsRequest(operation, body, {}, { origin: url }));
    const parsed = (await response.json()) as Record<string, unknown>;
    return response.status === 200 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

async function sendOk(url: string, operation: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(kmsRequest(operation, body, {}, { origin: url }));
  const parsed = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200) throw new Error(`${operation} ${JSON.stringify(body)} answered ${response.status} ${JSON.stringify(parsed)}`);
  return parsed;
}

/** What the server answered 200 to, and so must still hold. */
interface Acknowledged {
  readonly keys: Map<string, string>; // key id -> description
  readonly tags: { keyId: string; tagKey: string; tagValue: string }[];
  readonly ciphertexts: { keyId: string; blob: string; plaintext: string }[];
  readonly aliases: Map<string, string>; // alias name -> key id
}

/** Creates keys, encrypts under them, tags them and names them from `workers` clients at once, until the server goes. */
async function load(url: string, acknowledged: Acknowledged, round: number, workers: number): Promise<void> {
  let stopped = false;
  const worker = async (id: number): Promise<void> => {
    for (let n = 0; !stopped; n++) {
      const description = `round ${round} worker ${id} key ${n}`;
      const created = await send(url, 'CreateKey', { Description: description, Tags: [{ TagKey: 'made-by', TagValue: description }] });
      if (created === undefined) break;
      const keyId = String((created.KeyMetadata as Record<string, unknown>).KeyId);
      acknowledged.keys.set(keyId, description);
      acknowledged.tags.push({ keyId, tagKey: 'made-by', tagValue: description });

      const plaintext = `secret ${round}.${id}.${n}`;
      const sealed = await send(url, 'Encrypt', { KeyId: keyId, Plaintext: Buffer.from(plaintext).toString('base64') });
      if (sealed === undefined) break;
      acknowledged.ciphertexts.push({ keyId, blob: String(sealed.CiphertextBlob), plaintext });

      // A later change to an earlier key: the record written again must not lose what it held.
      const keys = [...acknowledged.keys.keys()];
      const earlier = keys[Math.floor(Math.random() * keys.length)];
      const tag = { TagKey: `round-${round}-${id}-${n}`, TagValue: 'v' };
      if ((await send(url, 'TagResource', { KeyId: earlier, Tags: [tag] })) === undefined) break;
      acknowledged.tags.push({ keyId: earlier, tagKey: tag.TagKey, tagValue: tag.TagValue });

      const aliasName = `alias/r${round}-w${id}-${n}`;
      if ((await send(url, 'CreateAlias', { AliasName: aliasName, TargetKeyId: keyId })) === undefined) break;
      acknowledged.aliases.set(aliasName, keyId);
    }
  };
  const all = Promise.all(Array.from({ length: workers }, (_, id) => worker(id)));
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  void all.finally(() => (stopped = true));
  return all.then(() => undefined);
}

async function verify(url: string, acknowledged: Acknowledged): Promise<void> {
  const listed = new Set<string>();
  let marker: unknown;
  do {
    const page = await sendOk(url, 'ListKeys', marker === undefined ? { Limit: 1000 } : { Limit: 1000, Marker: marker });
    for (const key of page.Keys as { KeyId: string }[]) listed.add(key.KeyId);
    marker = page.NextMarker;
  } while (marker !== undefined);
  for (const keyId of acknowledged.keys.keys()) expect(listed.has(keyId), `key ${keyId} was acknowledged`).toBe(true);

  const keyIds = [...acknowledged.keys.keys()];
  for (let i = 0; i < keyIds.length; i += 16) {
    await Promise.all(
      keyIds.slice(i, i + 16).map(async (keyId) => {
        const described = await sendOk(url, 'DescribeKey', { KeyId: keyId });
        expect((described.KeyMetadata as Record<string, unknown>).Description).toBe(acknowledged.keys.get(keyId));
        const tags = (await sendOk(url, 'ListResourceTags', { KeyId: keyId, Limit: 50 })).Tags as { TagKey: string; TagValue: string }[];
        for (const tag of acknowledged.tags.filter((each) => each.keyId === keyId)) {
          expect(tags, `tag ${tag.tagKey} of ${keyId}`).toContainEqual({ TagKey: tag.tagKey, TagValue: tag.tagValue });
        }
      }),
    );
  }
  for (let i = 0; i < acknowledged.ciphertexts.length; i += 16) {
    await Promise.all(
      acknowledged.ciphertexts.slice(i, i + 16).map(async ({ keyId, blob, plaintext }) => {
        const opened = await sendOk(url, 'Decrypt', { CiphertextBlob: blob });
        expect(opened.KeyId).toContain(keyId);
        expect(Buffer.from(String(opened.Plaintext), 'base64').toString()).toBe(plaintext);
      }),
    );
  }
  const aliases = new Map<string, string>();
  marker = undefined;
  do {
    const page = await sendOk(url, 'ListAliases', marker === undefined ? { Limit: 100 } : { Limit: 100, Marker: marker });
    for (const alias of page.Aliases as { AliasName: string; TargetKeyId?: string }[]) aliases.set(alias.AliasName, alias.TargetKeyId ?? '');
    marker = page.NextMarker;
  } while (marker !== undefined);
  for (const [aliasName, keyId] of acknowledged.aliases) expect(aliases.get(aliasName), aliasName).toBe(keyId);
}

describe('npm run mock-server -- --data-dir', () => {
  it('keeps every change it answered 200 through rounds of SIGKILL at a random moment of a concurrent load', { timeout: 90_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-kill-'));
    const acknowledged: Acknowledged = { keys: new Map(), tags: [], ciphertexts: [], aliases: new Map() };
    const ROUNDS = 5;
    for (let round = 0; round < ROUNDS; round++) {
      const run = runCli(['--port', '0', '--data-dir', dir]);
      const url = await listeningUrl(run);
      expect(run.output().stdout).toContain(`Keys are kept in ${dir}`);
      await verify(url, acknowledged);
      const before = acknowledged.keys.size;
      const loading = load(url, acknowledged, round, 8);
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1000));
      run.child.kill('SIGKILL');
      expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await loading;
      // The kill came mid-load, with requests answered before it.
      expect(acknowledged.keys.size).toBeGreaterThan(before);
      if (process.env.QKMS_KILL_STATS) console.log(`round ${round}: ${acknowledged.keys.size - before} keys acknowledged before the kill`);
    }
    const last = runCli(['--port', '0', '--data-dir', dir]);
    const url = await listeningUrl(last);
    await verify(url, acknowledged);
    const decrypted = await sendOk(url, 'Decrypt', {
      CiphertextBlob: (await sendOk(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: Buffer.from('seeded').toString('base64') })).CiphertextBlob,
    });
    expect(Buffer.from(String(decrypted.Plaintext), 'base64').toString()).toBe('seeded');
    last.child.kill('SIGTERM');
    expect(await last.exited).toEqual({ code: 0, signal: null });
    // A clean stop lets go of the directory.
    expect(await readdir(dir)).not.toContain('qkms.lock');
  });

  it('exits 1 naming the file and the damage when the journal is damaged, and leaves it as it is', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-damaged-'));
    const first = runCli(['--port', '0', '--data-dir', dir]);
    const url = await listeningUrl(first);
    await sendOk(url, 'CreateKey', { Description: 'one' });
    await sendOk(url, 'CreateKey', { Description: 'two' });
    first.child.kill('SIGTERM');
    await first.exited;

    const journal = path.join(dir, 'journal.qkms');
    const lines = (await readFile(journal, 'utf8')).split('\n');
    // Entry 1 is the first request: the seeded sandbox and key 'one'. Entry 2 (key 'two') stays intact.
    expect(lines[1]).toContain('"one"');
    lines[1] = lines[1].replace('"one"', '"One"');
    await writeFile(journal, lines.join('\n'));
    const damaged = await readFile(journal);
    const second = runCli(['--port', '0', '--data-dir', dir]);
    const exited = await second.exited;
    const { stderr } = second.output();
    expect(exited.code, stderr).toBe(1);
    expect(stderr).toContain('QKMS mock server cannot use its data directory:');
    expect(stderr).toContain(`${journal}: entry 1 (bytes`);
    expect(stderr).toContain('intact entries follow it');
    expect(await readFile(journal)).toEqual(damaged);
  });

  it('exits 1 when another server has the directory, and names it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-shared-'));
    const first = runCli(['--port', '0', '--data-dir', dir]);
    await listeningUrl(first);
    const second = runCli(['--port', '0', '--data-dir', dir]);
    expect((await second.exited).code).toBe(1);
    expect(second.output().stderr).toContain(`the data directory is in use by another QKMS server (process ${first.child.pid},`);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });

  it('answers 500 and undoes the change when its journal entry cannot be written, and keeps exactly what it answered 200', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-full-'));
    const first = runCli(['--port', '0', '--data-dir', dir]);
    await sendOk(await listeningUrl(first), 'ListKeys', {});
    first.child.kill('SIGTERM');
    await first.exited;
    const journal = path.join(dir, 'journal.qkms');
    const seeded = (await readFile(journal)).length;

    // Room for a few TagResource entries (about 1 KiB each) and then no more, as on a disk that fills up.
    const limited = runCli(['--port', '0', '--data-dir', dir], Math.ceil(seeded / 1024) + 4);
    const url = await listeningUrl(limited);
    const answered: string[] = [];
    let failed: { tag: string; type: unknown } | undefined;
    for (let n = 0; n < 50 && failed === undefined; n++) {
      const tag = `tag-${n}`;
      const response = await fetch(kmsRequest('TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: tag, TagValue: 'v'.repeat(200) }] }, {}, { origin: url }));
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 200) answered.push(tag);
      else failed = { tag, type: `${response.status} ${String(body.__type)}` };
    }
    expect(failed).toMatchObject({ type: '500 KMSInternalException' });
    expect(answered.length).toBeGreaterThan(0);
    expect(limited.output().stderr).toContain(`Could not write to ${journal}`);
    expect(limited.output().stderr).toContain("The request's changes were undone.");
    // The refused change is not served either, and reads go on.
    const tagsOf = async (on: string) =>
      ((await sendOk(on, 'ListResourceTags', { KeyId: EXAMPLE_KEY_ID, Limit: 50 })).Tags as { TagKey: string }[]).map((tag) => tag.TagKey).filter((key) => key.startsWith('tag-'));
    expect(await tagsOf(url)).toEqual(answered);
    limited.child.kill('SIGKILL');
    await limited.exited;

    const again = runCli(['--port', '0', '--data-dir', dir]);
    const restarted = await listeningUrl(again);
    expect(await tagsOf(restarted)).toEqual(answered);
    // The partly written entry was cut off at once: the restart found nothing torn.
    expect(again.output().stderr).not.toContain('incomplete entry');
    again.child.kill('SIGTERM');
    expect((await again.exited).code).toBe(0);
  });

  it('lists --data-dir in its usage', async () => {
    const run = runCli(['--help']);
    expect((await run.exited).code).toBe(0);
    expect(run.output().stdout).toContain('--data-dir <dir>');
  });

  it('exits 2 with the usage when --data-dir is empty', async () => {
    const run = runCli(['--data-dir', '']);
    expect((await run.exited).code).toBe(2);
    expect(run.output().stderr).toContain('--data-dir must not be empty.');
  });
});

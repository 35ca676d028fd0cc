import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DescribeKeyCommand,
  KMSInternalException,
  ListKeysCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { listeningUrl, runCli } from './support/runCli';
import { expectKmsError } from './support/expectKmsError';
import { kmsClient } from './support/kmsClient';
import { EXAMPLE_KEY_ID, keyArn } from '../support/sandbox';



describe('npm run mock-server (mock-server/node/cli.ts)', () => {
  it('serves the seeded sandbox on the printed URL, hints at the AWS CLI, and exits 0 on SIGTERM', async () => {
    const run = runCli(['--port', '0']);
    const url = await listeningUrl(run);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.output().stdout).toContain(`aws kms list-keys --region us-east-1 --endpoint-url ${url}`);

    const kms = kmsClient(url);
    try {
      const { Keys } = await kms.send(new ListKeysCommand({}));
      expect(Keys!.map((key) => key.KeyId)).toContain(EXAMPLE_KEY_ID);
    } finally {
      kms.destroy();
    }

    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });

  it('exits 0 on SIGINT', async () => {
    const run = runCli(['--port', '0']);
    await listeningUrl(run);
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });

  it('maps the access keys of a --principals file to callers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-cli-'));
    const file = path.join(dir, 'principals.json');
    await writeFile(file, JSON.stringify({ AKIDOUTSIDER: 'arn:verenc:444455556666:role/Outsider' }));
    const run = runCli(['--port', '0', '--principals', file]);
    const url = await listeningUrl(run);
    const insider = kmsClient(url);
    const outsider = kmsClient(url, { accessKeyId: 'AKIDOUTSIDER' });
    try {
      const described = await insider.send(new DescribeKeyCommand({ KeyId: keyArn(EXAMPLE_KEY_ID) }));
      expect(described.KeyMetadata!.KeyId).toBe(EXAMPLE_KEY_ID);
      await expectKmsError(outsider.send(new DescribeKeyCommand({ KeyId: keyArn(EXAMPLE_KEY_ID) })), 'AccessDeniedException', 400);
    } finally {
      insider.destroy();
      outsider.destroy();
    }
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });

  it('honours X-Qkms-Sandbox-Fault only with --faults', async () => {
    const run = runCli(['--port', '0', '--faults']);
    const url = await listeningUrl(run);
    expect(run.output().stdout).toContain('Fault injection is on');
    const kms = kmsClient(url, { fault: 'KMSInternalException' });
    try {
      await expectKmsError(kms.send(new ListKeysCommand({})), KMSInternalException, 500);
    } finally {
      kms.destroy();
    }
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });

  it('advances the sandbox clock by X-Qkms-Sandbox-Advance-Clock only with --sandbox-clock', async () => {
    const run = runCli(['--port', '0', '--sandbox-clock']);
    const url = await listeningUrl(run);
    expect(run.output().stdout).toContain('X-Qkms-Sandbox-Advance-Clock headers are honoured');
    const kms = kmsClient(url);
    const later = kmsClient(url, { advanceClock: '400d' });
    try {
      await kms.send(new ScheduleKeyDeletionCommand({ KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 }));
      await expectKmsError(later.send(new DescribeKeyCommand({ KeyId: EXAMPLE_KEY_ID })), NotFoundException, 400);
    } finally {
      kms.destroy();
      later.destroy();
    }
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });

  it('prints usage and exits 0 with --help', async () => {
    const run = runCli(['--help']);
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output().stdout).toContain('Usage: npm run mock-server -- [options]');
    expect(run.output().stdout).toContain('--principals <file>');
    expect(run.output().stdout).toContain('--sandbox-clock');
  });

  it.each([
    { args: ['--bogus'], says: "Unknown option '--bogus'" },
    { args: ['--port', 'abc'], says: "--port must be an integer from 0 to 65535, got 'abc'" },
    { args: ['--port', '70000'], says: '--port must be an integer from 0 to 65535' },
    { args: ['--port'], says: "Option '--port <value>' argument missing" },
    { args: ['stray'], says: "Unexpected argument 'stray'" },
    { args: ['--principals', '/nonexistent/principals.json'], says: '--principals: cannot read /nonexistent/principals.json' },
  ])('exits 2 with a message and the usage given $args', async ({ args, says }) => {
    const run = runCli(args);
    expect((await run.exited).code).toBe(2);
    expect(run.output().stderr).toContain(says);
    expect(run.output().stderr).toContain('Usage: npm run mock-server -- [options]');
  });

  it('exits 2 when the --principals file is not an object of strings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-cli-'));
    const file = path.join(dir, 'principals.json');
    await writeFile(file, JSON.stringify({ AKID: 42 }));
    const run = runCli(['--principals', file]);
    expect((await run.exited).code).toBe(2);
    expect(run.output().stderr).toContain(`the principal for 'AKID' in ${file} must be a non-empty string`);
  });

  it('exits 1 with a message when the port is taken', async () => {
    const first = runCli(['--port', '0']);
    const url = await listeningUrl(first);
    const second = runCli(['--port', new URL(url).port]);
    expect((await second.exited).code).toBe(1);
    expect(second.output().stderr).toMatch(/failed to start: .*EADDRINUSE/);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });
});

describe('npm run mock-server: binding, logging, signatures and CORS', () => {
  const stop = async (run: ReturnType<typeof runCli>): Promise<void> => {
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  };

  it('listens on 127.0.0.1 by default and says the sandbox is reachable from this machine only', async () => {
    const run = runCli(['--port', '0']);
    const url = await listeningUrl(run);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    expect(run.output().stdout).toContain('Bound to 127.0.0.1 (loopback): only this machine can reach it');
    expect(run.output().stdout).not.toContain('WARNING');
    await stop(run);
  });

  it('warns that the sandbox is reachable from the network when bound to 0.0.0.0', async () => {
    const run = runCli(['--port', '0', '--host', '0.0.0.0']);
    const url = await listeningUrl(run);
    expect(run.output().stdout).toContain('WARNING: bound to 0.0.0.0, not loopback: the sandbox is reachable from the network');
    const kms = kmsClient(`http://127.0.0.1:${new URL(url).port}`);
    try {
      expect((await kms.send(new ListKeysCommand({}))).Keys!.length).toBeGreaterThan(0);
    } finally {
      kms.destroy();
    }
    await stop(run);
  });

  it('prints one line per request with the time, operation, status, error type and milliseconds', async () => {
    const run = runCli(['--port', '0']);
    const url = await listeningUrl(run);
    const kms = kmsClient(url);
    try {
      await kms.send(new ListKeysCommand({}));
      await expectKmsError(kms.send(new DescribeKeyCommand({ KeyId: 'alias/none' })), NotFoundException, 400);
    } finally {
      kms.destroy();
    }
    await expect.poll(() => run.output().stdout).toMatch(/DescribeKey 400/);
    const lines = run.output().stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ListKeys 200 \d+\.\d ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S+Z DescribeKey 400 NotFoundException \d+\.\d ms$/));
    await stop(run);
  });

  it('prints no request lines with --quiet', async () => {
    const run = runCli(['--port', '0', '--quiet']);
    const url = await listeningUrl(run);
    const kms = kmsClient(url);
    try {
      await kms.send(new ListKeysCommand({}));
    } finally {
      kms.destroy();
    }
    await stop(run);
    expect(run.output().stdout).not.toMatch(/ListKeys/);
  });

  it('checks signatures with the keys of a --credentials file and calls as their principals', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-cli-'));
    const file = path.join(dir, 'credentials.json');
    await writeFile(
      file,
      JSON.stringify({
        AKIDADMIN: { secretAccessKey: 'admin-secret' },
        AKIDOUTSIDER: { secretAccessKey: 'outsider-secret', principal: 'arn:verenc:444455556666:role/Outsider' },
      }),
    );
    const run = runCli(['--port', '0', '--credentials', file]);
    const url = await listeningUrl(run);
    expect(run.output().stdout).toContain(`Requests must be signed (SigV4) with one of the 2 access keys of ${file}.`);
    const admin = kmsClient(url, { accessKeyId: 'AKIDADMIN', secretAccessKey: 'admin-secret' });
    const outsider = kmsClient(url, { accessKeyId: 'AKIDOUTSIDER', secretAccessKey: 'outsider-secret' });
    const forger = kmsClient(url, { accessKeyId: 'AKIDADMIN', secretAccessKey: 'guessed' });
    try {
      expect((await admin.send(new DescribeKeyCommand({ KeyId: EXAMPLE_KEY_ID }))).KeyMetadata!.KeyId).toBe(EXAMPLE_KEY_ID);
      await expectKmsError(outsider.send(new DescribeKeyCommand({ KeyId: keyArn(EXAMPLE_KEY_ID) })), 'AccessDeniedException', 400);
      await expectKmsError(forger.send(new ListKeysCommand({})), 'InvalidSignatureException', 400);
    } finally {
      admin.destroy();
      outsider.destroy();
      forger.destroy();
    }
    await expect.poll(() => run.output().stdout).toMatch(/ListKeys 400 InvalidSignatureException/);
    await stop(run);
  });

  it('answers CORS preflights of the --cors origins only', async () => {
    const run = runCli(['--port', '0', '--cors', 'http://localhost:3000,https://app.example']);
    const url = await listeningUrl(run);
    expect(run.output().stdout).toContain('CORS: browser pages of http://localhost:3000, https://app.example may call the server.');
    const preflight = (origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://app.example')).headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect((await preflight('https://other.example')).headers.get('access-control-allow-origin')).toBeNull();
    await stop(run);
  });

  it('lists --credentials, --cors and --quiet in --help', async () => {
    const run = runCli(['--help']);
    expect((await run.exited).code).toBe(0);
    for (const flag of ['--credentials <file>', '--cors <origin>', '--quiet', 'reachable from the network']) {
      expect(run.output().stdout).toContain(flag);
    }
  });

  it.each([
    { args: ['--cors', 'localhost:3000/app'], says: "--cors takes origins such as http://localhost:3000 (no path, no trailing slash) or *; got 'localhost:3000/app'" },
    { args: ['--cors', 'http://localhost:3000/'], says: '--cors takes origins such as' },
    { args: ['--principals', 'a.json', '--credentials', 'b.json'], says: '--principals and --credentials cannot be used together' },
    { args: ['--credentials', '/nonexistent/credentials.json'], says: '--credentials: cannot read /nonexistent/credentials.json' },
  ])('exits 2 with a message given $args', async ({ args, says }) => {
    const run = runCli(args);
    expect((await run.exited).code).toBe(2);
    expect(run.output().stderr).toContain(says);
  });

  it.each([
    { content: '[]', says: 'must hold a non-empty JSON object of access key id' },
    { content: '{"AKID": "secret"}', says: `'AKID' in FILE needs a non-empty string "secretAccessKey"` },
    { content: '{"AKID": {"secretAccessKey": "s", "principal": 7}}', says: `the "principal" of 'AKID' in FILE must be a non-empty string` },
  ])('exits 2 when the --credentials file holds $content', async ({ content, says }) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qkms-cli-'));
    const file = path.join(dir, 'credentials.json');
    await writeFile(file, content);
    const run = runCli(['--credentials', file]);
    expect((await run.exited).code).toBe(2);
    expect(run.output().stderr).toContain(says.replace('FILE', file));
  });
});

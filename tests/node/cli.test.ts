import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
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
import { afterEach, describe, expect, it } from 'vitest';
import { expectKmsError } from './support/expectKmsError';
import { kmsClient } from './support/kmsClient';
import { EXAMPLE_KEY_ID, keyArn } from '../support/sandbox';

const repoRoot = path.resolve(__dirname, '../..');
const cli = path.join(repoRoot, 'mock-server', 'node', 'cli.ts');

interface CliRun {
  readonly child: ChildProcess;
  readonly output: () => { stdout: string; stderr: string };
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];

function runCli(args: readonly string[]): CliRun {
  // node itself runs the server (tsx as a loader, not a wrapper process): a signal reaches the server, not a
  // wrapper that gives it 30 ms before killing it (exit 143 under load).
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Resolves with the URL the CLI prints once it is listening; rejects if it exits first. */
function listeningUrl(run: CliRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const match = /QKMS mock server listening on (http:\/\/\S+)/.exec(run.output().stdout);
      if (match) {
        run.child.stdout!.off('data', check);
        resolve(match[1]);
      }
    };
    run.child.stdout!.on('data', check);
    void run.exited.then(({ code }) => reject(new Error(`CLI exited with ${code} before listening: ${run.output().stderr}`)));
  });
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

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

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const cli = path.join(repoRoot, 'mock-server', 'node', 'cli.ts');

export interface CliRun {
  readonly child: ChildProcess;
  readonly output: () => { stdout: string; stderr: string };
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/**
 * `npm run mock-server -- <args>` as a child process, killed after the test if still running. Node itself runs
 * the server (tsx as a loader, not a wrapper process), so a signal reaches the server, not a wrapper that gives it
 * 30 ms before killing it (exit 143 under load). With `fileSizeKiB`, under `ulimit -f`: a write past it fails with
 * EFBIG, as on a full disk (SIGXFSZ is ignored so the write fails instead).
 */
export function runCli(args: readonly string[], fileSizeKiB?: number): CliRun {
  const node = [process.execPath, '--import', 'tsx', cli, ...args];
  const ignoreSigxfsz = ['--import', 'data:text/javascript,process.on("SIGXFSZ",()=>{})'];
  const child =
    fileSizeKiB === undefined
      ? spawn(node[0], node.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('bash', ['-c', `ulimit -f ${fileSizeKiB} && exec "$0" "$@"`, node[0], ...ignoreSigxfsz, ...node.slice(1)], {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
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
export function listeningUrl(run: CliRun): Promise<string> {
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

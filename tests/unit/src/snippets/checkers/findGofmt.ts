import path from 'node:path';
import { runTool } from './runTool';

/**
 * gofmt's path, installed on demand by ensure-gofmt.sh. Undefined only outside CI when it cannot be had
 * (the caller skips, saying so); in CI (CI set) a missing toolchain throws, so the suite fails.
 */
export async function findGofmt(): Promise<string | undefined> {
  const result = await runTool('bash', [path.join(__dirname, 'ensure-gofmt.sh')], '');
  const found = result.stdout.trim().split('\n').pop();
  if (result.code === 0 && found) return found;
  const problem = `gofmt is unavailable: ${result.stderr.trim()}`;
  if (process.env.CI) throw new Error(problem);
  console.warn(`${problem}\nSkipping the Go snippet checks locally; CI installs golang-go and runs them.`);
  return undefined;
}

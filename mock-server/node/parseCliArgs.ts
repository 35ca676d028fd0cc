import { parseArgs } from 'node:util';
import { UsageError } from './UsageError';

export interface CliArgs {
  readonly help: boolean;
  readonly port: number;
  readonly host: string;
  readonly faults: boolean;
  readonly sandboxClock: boolean;
  readonly principalsFile: string | undefined;
  /** Where the server keeps its records; undefined keeps them in memory only. */
  readonly dataDir: string | undefined;
}

export const DEFAULT_PORT = 4599;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        faults: { type: 'boolean', default: false },
        'sandbox-clock': { type: 'boolean', default: false },
        principals: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    help: values.help,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    host: parseHost(values.host),
    faults: values.faults,
    sandboxClock: values['sandbox-clock'],
    principalsFile: values.principals,
    dataDir: values['data-dir'] === undefined ? undefined : parseDataDir(values['data-dir']),
  };
}

function parsePort(text: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, got '${text}'.`);
  }
  return port;
}

function parseHost(text: string): string {
  if (text.trim() === '') throw new UsageError('--host must not be empty.');
  return text;
}

function parseDataDir(text: string): string {
  if (text.trim() === '') throw new UsageError('--data-dir must not be empty.');
  return text;
}

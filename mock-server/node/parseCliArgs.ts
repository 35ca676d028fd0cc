import { parseArgs } from 'node:util';
import { UsageError } from './UsageError';

export interface CliArgs {
  readonly help: boolean;
  readonly port: number;
  readonly host: string;
  readonly faults: boolean;
  readonly sandboxClock: boolean;
  readonly principalsFile: string | undefined;
  /** With it, requests must be signed (SigV4) with one of the file's access keys. */
  readonly credentialsFile: string | undefined;
  /** Origins browsers may call from (`*` for any); empty sends no CORS headers. */
  readonly corsOrigins: readonly string[];
  /** No log line per request. */
  readonly quiet: boolean;
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
        credentials: { type: 'string' },
        cors: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q', default: false },
        'data-dir': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.principals !== undefined && values.credentials !== undefined) {
    throw new UsageError('--principals and --credentials cannot be used together: give each access key its principal in the --credentials file.');
  }
  return {
    help: values.help,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    host: parseHost(values.host),
    faults: values.faults,
    sandboxClock: values['sandbox-clock'],
    principalsFile: values.principals,
    credentialsFile: values.credentials,
    corsOrigins: parseCors(values.cors ?? []),
    quiet: values.quiet,
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

/** `--cors a --cors b` or `--cors a,b`; each an origin such as http://localhost:3000 (scheme, host, port), or `*`. */
function parseCors(values: readonly string[]): string[] {
  const origins = values.flatMap((value) => value.split(',')).map((origin) => origin.trim());
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin) {
      throw new UsageError(`--cors takes origins such as http://localhost:3000 (no path, no trailing slash) or *; got '${origin}'.`);
    }
  }
  return origins;
}

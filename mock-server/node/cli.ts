import { createNodeQkms } from './createNodeQkms';
import { checkSeedVersion } from './dataDir/checkSeedVersion';
import { DataDirError } from './dataDir/DataDirError';
import { openDataDirStore, type DataDirStore } from './dataDir/openDataDirStore';
import { isLoopback } from './isLoopback';
import { loadCredentials } from './loadCredentials';
import { loadPrincipals } from './loadPrincipals';
import { parseCliArgs } from './parseCliArgs';
import { startServer } from './startServer';
import { usage } from './usage';
import { UsageError } from './UsageError';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const principals = args.principalsFile === undefined ? {} : await loadPrincipals(args.principalsFile);
  const credentials = args.credentialsFile === undefined ? undefined : await loadCredentials(args.credentialsFile);
  const store: DataDirStore | undefined = args.dataDir === undefined ? undefined : await openDataDirStore(args.dataDir);
  try {
    if (store !== undefined) await checkSeedVersion(store, store.directory);
    const qkms = createNodeQkms({ faults: args.faults, advanceClockHeader: args.sandboxClock, store });
    const server = await startServer({
      qkms,
      port: args.port,
      host: args.host,
      principals,
      faults: args.faults,
      sandboxClock: args.sandboxClock,
      credentials,
      corsOrigins: args.corsOrigins,
      log: args.quiet ? undefined : (line) => console.log(line),
    });
    // One write, so a reader that waits for the URL line also has the lines after it.
    const banner = [
      `QKMS mock server listening on ${server.url}`,
      isLoopback(args.host)
        ? `Bound to ${args.host} (loopback): only this machine can reach it (--host 0.0.0.0 opens it to the network).`
        : `WARNING: bound to ${args.host}, not loopback: the sandbox is reachable from the network, and anyone who reaches it can use and change its keys.`,
      credentials === undefined
        ? `Try: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws kms list-keys --region us-east-1 --endpoint-url ${server.url}`
        : `Requests must be signed (SigV4) with ${signingKeys(Object.keys(credentials).length)} of ${args.credentialsFile}.`,
      ...(args.corsOrigins.length > 0 ? [`CORS: browser pages of ${args.corsOrigins.join(', ')} may call the server.`] : []),
      store === undefined
        ? 'Keys are kept in memory only (pass --data-dir <dir> to keep them).'
        : `Keys are kept in ${store.directory}: each change is on disk before its request is answered.`,
      ...(args.faults ? ['Fault injection is on: X-Qkms-Sandbox-Fault headers are honoured.'] : []),
      ...(args.sandboxClock ? ['The sandbox clock can be advanced: X-Qkms-Sandbox-Advance-Clock headers are honoured.'] : []),
    ];
    // Listen for signals before saying the server is up: a client may stop it as soon as it reads the banner.
    const stopped = new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    console.log(banner.join('\n'));
    const signal = await stopped;
    console.log(`Received ${signal}, shutting down.`);
    await server.close();
  } finally {
    await store?.close();
  }
  return 0;
}

const signingKeys = (count: number): string => (count === 1 ? 'the access key' : `one of the ${count} access keys`);

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    if (error instanceof DataDirError) {
      console.error(`QKMS mock server cannot use its data directory:\n${error.message}`);
      process.exit(1);
    }
    console.error('QKMS mock server failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

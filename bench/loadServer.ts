/**
 * The server bench/load.ts puts under load, in its own process so the figures are the server's
 * alone: the Node server of `npm run mock-server` (startServer over createNodeQkms) with the sandbox
 * clock on, so the load can purge the keys it schedules for deletion and keep the store bounded.
 * Answers `sample` with its memory after a full garbage collection (run with --expose-gc).
 */
import { createNodeQkms } from '../mock-server/node/createNodeQkms';
import { startServer } from '../mock-server/node/startServer';

export interface MemorySample {
  readonly rssMb: number;
  readonly heapUsedMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

async function main(): Promise<void> {
  const collect = globalThis.gc;
  if (collect === undefined) throw new Error('run loadServer.ts with --expose-gc, so memory samples are live data, not garbage');
  const internalErrors: unknown[] = [];
  const qkms = createNodeQkms({ faults: false, advanceClockHeader: true, onInternalError: (error) => internalErrors.push(error) });
  const server = await startServer({ qkms, port: 0, sandboxClock: true, onError: (error) => internalErrors.push(error) });
  process.on('message', (message: unknown) => {
    if (message === 'sample') {
      collect();
      const { rss, heapUsed } = process.memoryUsage();
      process.send?.({ kind: 'sample', rssMb: mb(rss), heapUsedMb: mb(heapUsed), internalErrors: internalErrors.length });
    } else if (message === 'stop') {
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ kind: 'ready', url: server.url });
}

void main();

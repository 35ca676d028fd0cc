/**
 * Requests per second of the Node server in memory against the same server with --data-dir, in the
 * same process and run, over real HTTP with CONCURRENCY clients at once. Two workloads: TagResource,
 * which changes a key and so waits for its journal entry to reach the disk (fdatasync), and Encrypt,
 * which changes nothing and writes nothing. The sides alternate in short slices and the median of
 * the per-slice ratios is reported, since the machine is shared and absolute numbers drift.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createNodeQkms } from '../mock-server/node/createNodeQkms';
import { openDataDirStore } from '../mock-server/node/dataDir/openDataDirStore';
import { startServer, type RunningServer } from '../mock-server/node/startServer';

const durationMs = Number(process.env.BENCH_MS ?? 8000);
const SLICES = 8;
const CONCURRENCY = 8;
const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

function kmsRequest(url: string, operation: string, body: unknown): Request {
  return new Request(`${url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}` },
    body: JSON.stringify(body),
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Workload = (url: string, n: number) => Request;

const workloads: Record<string, Workload> = {
  'TagResource (writes)': (url, n) => kmsRequest(url, 'TagResource', { KeyId: keyId, Tags: [{ TagKey: `bench-${n % 40}`, TagValue: String(n) }] }),
  'Encrypt (no writes)': (url) => kmsRequest(url, 'Encrypt', { KeyId: keyId, Plaintext: Buffer.from('benchmark').toString('base64') }),
};

/** Requests per second with CONCURRENCY clients sending back to back for sliceMs. */
async function rate(url: string, workload: Workload, sliceMs: number): Promise<number> {
  let count = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (performance.now() - started < sliceMs) {
      const response = await fetch(workload(url, count));
      if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      count++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return count / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qkms-bench-'));
  const store = await openDataDirStore(dir);
  const servers: Record<'memory' | 'dataDir', RunningServer> = {
    memory: await startServer({ qkms: createNodeQkms({ faults: false }), port: 0 }),
    dataDir: await startServer({ qkms: createNodeQkms({ faults: false, store }), port: 0 }),
  };
  try {
    for (const [name, workload] of Object.entries(workloads)) {
      for (const server of Object.values(servers)) await rate(server.url, workload, 300); // warm up
      const memory: number[] = [];
      const dataDir: number[] = [];
      const sliceMs = durationMs / SLICES / 2;
      for (let slice = 0; slice < SLICES; slice++) {
        memory.push(await rate(servers.memory.url, workload, sliceMs));
        dataDir.push(await rate(servers.dataDir.url, workload, sliceMs));
      }
      const ratio = median(dataDir.map((value, slice) => value / memory[slice]));
      console.log(`${name}, ${CONCURRENCY} clients over HTTP:`);
      console.log(`  in memory:   ${median(memory).toFixed(0)} requests/s (median of ${SLICES} slices)`);
      console.log(`  --data-dir:  ${median(dataDir).toFixed(0)} requests/s`);
      console.log(`  --data-dir / memory: ${ratio.toFixed(3)}, median per-slice ratio`);
    }
  } finally {
    await servers.memory.close();
    await servers.dataDir.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();

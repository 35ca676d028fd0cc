import type { KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../../mock-server/node/startServer';
import { kmsClient } from './kmsClient';
import type { KmsClientOptions } from './kmsClient';
import { startTestServer } from './startTestServer';
import type { TestServerOptions } from './startTestServer';

export interface SandboxServer {
  /** Where the server listens. */
  readonly url: string;
  /** An AWS SDK client signing as the account admin. */
  readonly kms: KMSClient;
  /** Another AWS SDK client of this server (another access key, a fault header…), destroyed with the server. */
  client(options: KmsClientOptions): KMSClient;
}

/**
 * A fresh sandbox behind the real Node adapter for the tests of the file (or describe) that calls this:
 * started before them, stopped after them, with an admin SDK client ready. Read its members inside tests only.
 */
export function useSandboxServer(options: TestServerOptions = {}): SandboxServer {
  let running: { readonly server: RunningServer; readonly kms: KMSClient } | undefined;
  const clients: KMSClient[] = [];

  beforeAll(async () => {
    const server = await startTestServer(options);
    running = { server, kms: kmsClient(server.url) };
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    running?.kms.destroy();
    await running?.server.close();
    running = undefined;
  });

  const started = (): { readonly server: RunningServer; readonly kms: KMSClient } => {
    if (running === undefined) throw new Error('The sandbox server runs only while the tests that use it run.');
    return running;
  };

  return {
    get url() {
      return started().server.url;
    },
    get kms() {
      return started().kms;
    },
    client(clientOptions) {
      const client = kmsClient(started().server.url, clientOptions);
      clients.push(client);
      return client;
    },
  };
}

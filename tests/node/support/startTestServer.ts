import type { QkmsOptions } from '../../../mock-server/index';
import { createNodeQkms } from '../../../mock-server/node/createNodeQkms';
import { startServer } from '../../../mock-server/node/startServer';
import type { RunningServer, StartServerOptions } from '../../../mock-server/node/startServer';

export type TestServerOptions = Omit<StartServerOptions, 'qkms' | 'port'> & { readonly qkms?: QkmsOptions };

/** A fresh sandbox behind the real Node adapter on an ephemeral port; unexpected errors fail loudly. */
export function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const { qkms, ...server } = options;
  return startServer({
    qkms: createNodeQkms({ faults: server.faults ?? false, advanceClockHeader: server.sandboxClock ?? false, ...qkms }),
    port: 0,
    ...server,
  });
}

import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../mock-server/node/isLoopback';

describe('which --host addresses keep the sandbox on this machine', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])('counts %s as loopback', (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.com', '128.0.0.1'])('counts %s as reachable from the network', (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeHint, SANDBOX_HINT_HEADER } from '../../mock-server/index';
import { kmsRequest } from '../support/kmsRequest';
import { EXAMPLE_KEY_ID } from '../support/sandbox';
import { useSandboxServer } from './support/sandboxServer';

const server = useSandboxServer();

describe('sandbox hints over HTTP', () => {
  it('reach a Node client as the X-Qkms-Sandbox-Hint header, beside the AWS error body', async () => {
    const typo = `${EXAMPLE_KEY_ID.slice(0, -1)}c`;
    const response = await fetch(kmsRequest('DescribeKey', { KeyId: typo }, {}, { origin: server.url }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ __type: 'NotFoundException', message: expect.stringContaining(typo) });
    const hint = response.headers.get(SANDBOX_HINT_HEADER);
    expect(hint === null ? undefined : decodeHint(hint)).toBe(
      `KeyId: this sandbox has no key or alias "${typo}" in account 111122223333. Did you mean ${EXAMPLE_KEY_ID}?`,
    );
  });
});

import { createHmac, hkdfSync } from 'node:crypto';
import { GenerateMacCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { SEED_KEY_MATERIAL_CONSTANT } from '../../../mock-server/crypto/seedMaterial';
import { keyArn, MAC_KEY_ID } from '../../support/sandbox';
import { bytes } from '../support/sdkHelpers';

import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GenerateMac through the AWS SDK', () => {
  it('GenerateMac gives the HMAC node:crypto computes with the seeded key’s public derivation', async () => {
    const key = Buffer.from(hkdfSync('sha256', SEED_KEY_MATERIAL_CONSTANT, Buffer.alloc(0), `${MAC_KEY_ID}/v1`, 32));
    const reply = await server.kms.send(new GenerateMacCommand({ KeyId: MAC_KEY_ID, Message: bytes('sdk'), MacAlgorithm: 'HMAC_SHA_256' }));
    expect(reply.KeyId).toBe(keyArn(MAC_KEY_ID));
    expect(Buffer.from(reply.Mac!).toString('hex')).toBe(createHmac('sha256', key).update('sdk').digest('hex'));
  });
});

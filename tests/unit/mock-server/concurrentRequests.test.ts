import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, MAC_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { b64, call } from './support/call';

/* Requests in flight at once: every mutation lands, none is lost to another. */

describe('concurrent requests', () => {
  test('many parallel CreateKey calls all land in ListKeys', async () => {
    const qkms = createQkms();
    const created = await Promise.all(Array.from({ length: 25 }, () => call(qkms, 'CreateKey', {})));
    const ids = created.map((reply) => (reply.body.KeyMetadata as { KeyId: string }).KeyId);
    const listed = await call(qkms, 'ListKeys', { Limit: 1000 });
    const listedIds = (listed.body.Keys as { KeyId: string }[]).map((key) => key.KeyId);
    expect(new Set(ids).size).toBe(25);
    expect(listedIds).toEqual([EXAMPLE_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID, MAC_KEY_ID, ...ids]);
  });

  test('parallel rotations each append one material version', async () => {
    const qkms = createQkms();
    await Promise.all(Array.from({ length: 5 }, () => call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })));
    const rotations = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID });
    expect((rotations.body.Rotations as unknown[]).length).toBe(5);
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    expect(Buffer.from(String(encrypted.body.CiphertextBlob), 'base64').readUInt32BE(17)).toBe(6);
  });
});

import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { SEED_KEY_MATERIAL_CONSTANT } from '../../../../mock-server/crypto/seedMaterial';
import { keyArn, MAC_KEY_ID, SIGNING_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('GenerateMac', () => {
  test('gives the HMAC-SHA-256 node:crypto computes with the seeded key, derived from the public constant', async () => {
    const key = Buffer.from(hkdfSync('sha256', SEED_KEY_MATERIAL_CONSTANT, Buffer.alloc(0), `${MAC_KEY_ID}/v1`, 32));
    const reply = await call(createQkms(), 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('Hello, QKMS!'), MacAlgorithm: 'HMAC_SHA_256' });
    expect(reply.body).toEqual({
      KeyId: keyArn(MAC_KEY_ID),
      MacAlgorithm: 'HMAC_SHA_256',
      Mac: createHmac('sha256', key).update('Hello, QKMS!').digest('base64'),
    });
  });

  test.each([
    ['HMAC_224', 'HMAC_SHA_224', 28],
    ['HMAC_256', 'HMAC_SHA_256', 32],
    ['HMAC_384', 'HMAC_SHA_384', 48],
    ['HMAC_512', 'HMAC_SHA_512', 64],
  ])('makes %s keys whose MACs are %s, %i bytes', async (KeySpec, MacAlgorithm, bytes) => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    const reply = await call(qkms, 'GenerateMac', { KeyId, Message: b64('m'), MacAlgorithm });
    expect(Buffer.from(String(reply.body.Mac), 'base64')).toHaveLength(bytes);
    const again = await call(qkms, 'GenerateMac', { KeyId, Message: b64('m'), MacAlgorithm });
    expect(again.body.Mac).toBe(reply.body.Mac);
  });

  test('returns InvalidKeyUsageException given another key’s MAC algorithm, and given a signing key', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_512' })).type).toBe(
      'InvalidKeyUsageException',
    );
    expect(errorOf(await call(qkms, 'GenerateMac', { KeyId: SIGNING_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256' })).type).toBe(
      'InvalidKeyUsageException',
    );
  });

  test('returns DryRunOperationException for a dry run', async () => {
    const reply = await call(createQkms(), 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256', DryRun: true });
    expect(errorOf(reply).type).toBe('DryRunOperationException');
  });
});

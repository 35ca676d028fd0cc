import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { keyArn, MAC_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('VerifyMac', () => {
  test('answers MacValid true for the MAC GenerateMac gave', async () => {
    const qkms = createQkms();
    const { Mac } = (await call(qkms, 'GenerateMac', { KeyId: MAC_KEY_ID, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256' })).body;
    const reply = await call(qkms, 'VerifyMac', { KeyId: MAC_KEY_ID, Message: b64('m'), Mac, MacAlgorithm: 'HMAC_SHA_256' });
    expect(reply.body).toEqual({ KeyId: keyArn(MAC_KEY_ID), MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
  });

  test.each(['HMAC_224', 'HMAC_512'])('returns KMSInvalidMacException for a %s MAC of another message, or cut short', async (KeySpec) => {
    const qkms = createQkms();
    const MacAlgorithm = KeySpec.replace('HMAC_', 'HMAC_SHA_');
    const { KeyId } = await create(qkms, { KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    const mac = String((await call(qkms, 'GenerateMac', { KeyId, Message: b64('m'), MacAlgorithm })).body.Mac);
    expect((await call(qkms, 'VerifyMac', { KeyId, Message: b64('m'), Mac: mac, MacAlgorithm })).body.MacValid).toBe(true);
    const other = await call(qkms, 'VerifyMac', { KeyId, Message: b64('n'), Mac: mac, MacAlgorithm });
    expect(errorOf(other)).toMatchObject({ type: 'KMSInvalidMacException', status: 400 });
    const short = Buffer.from(mac, 'base64').subarray(0, 16).toString('base64');
    expect(errorOf(await call(qkms, 'VerifyMac', { KeyId, Message: b64('m'), Mac: short, MacAlgorithm })).type).toBe('KMSInvalidMacException');
  });

  test('returns DisabledException for a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: MAC_KEY_ID });
    const reply = await call(qkms, 'VerifyMac', { KeyId: MAC_KEY_ID, Message: b64('m'), Mac: b64('x'), MacAlgorithm: 'HMAC_SHA_256' });
    expect(errorOf(reply).type).toBe('DisabledException');
  });
});

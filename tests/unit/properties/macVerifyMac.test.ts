import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { keySpecs } from '../../../mock-server/model/keys/keySpecs';
import type { KeySpec, MacAlgorithmSpec } from '../../../mock-server/spec';
import { call } from '../mock-server/support/call';
import { create } from '../mock-server/support/fixtures';
import { base64, bytesOf, flipBit } from './support/arbitraries';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

const MAC_SPECS = (Object.keys(keySpecs) as KeySpec[]).filter((spec) => keySpecs[spec].usages.GENERATE_VERIFY_MAC !== undefined);

let qkms: Qkms;
const internalErrors: unknown[] = [];
const keys: { spec: KeySpec; keyId: string; algorithm: MacAlgorithmSpec }[] = [];

beforeAll(async () => {
  qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
  for (const spec of MAC_SPECS) {
    const { KeyId } = await create(qkms, { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    for (const algorithm of keySpecs[spec].usages.GENERATE_VERIFY_MAC?.macAlgorithms ?? []) keys.push({ spec, keyId: KeyId, algorithm });
  }
});

describe('GenerateMac → VerifyMac (property)', () => {
  test('every HMAC key verifies the MAC it generated, and refuses it once any bit of the MAC or the message flips', async () => {
    expect(MAC_SPECS).toEqual(['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512']);
    await checkProperty(
      'GenerateMac→VerifyMac',
      fc.asyncProperty(
        fc.integer({ min: 0, max: MAC_SPECS.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        fc.nat(),
        fc.boolean(),
        async (which, bytes, bit, inMac) => {
          const { keyId: KeyId, algorithm: MacAlgorithm } = keys[which];
          const Message = base64(bytes);
          const generated = await call(qkms, 'GenerateMac', { KeyId, Message, MacAlgorithm });
          expect(generated.status, JSON.stringify(generated.body)).toBe(200);
          const verified = await call(qkms, 'VerifyMac', { KeyId, Message, Mac: generated.body.Mac, MacAlgorithm });
          expect(verified.status, JSON.stringify(verified.body)).toBe(200);
          expect(verified.body.MacValid).toBe(true);

          const mac = bytesOf(generated.body.Mac);
          const tampered = inMac
            ? { Message, Mac: base64(flipBit(mac, bit % (mac.length * 8))) }
            : { Message: base64(flipBit(bytes, bit % (bytes.length * 8))), Mac: generated.body.Mac };
          const refused = await call(qkms, 'VerifyMac', { KeyId, ...tampered, MacAlgorithm });
          expect(refused.status, JSON.stringify(refused.body)).toBe(400);
          expect(refused.body.__type).toBe('KMSInvalidMacException');
        },
      ),
      PROPERTY_RUNS.macVerifyMac,
    );
    expect(internalErrors).toEqual([]);
  }, 180_000);
});

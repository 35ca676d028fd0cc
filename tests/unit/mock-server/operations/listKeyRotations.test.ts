import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call } from '../support/call';

describe('ListKeyRotations', () => {
  test('lists on-demand rotations with their dates', async () => {
    const clock = () => new Date('2025-03-04T05:06:07Z');
    const qkms = createQkms({ clock });
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, Limit: 1 });
    const rotation = {
      KeyId: keyArn(EXAMPLE_KEY_ID),
      KeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
      RotationDate: Date.parse('2025-03-04T05:06:07Z') / 1000,
      RotationType: 'ON_DEMAND',
    };
    expect(reply.body).toEqual({ Rotations: [{ ...rotation, KeyMaterialState: 'NON_CURRENT' }], NextMarker: expect.any(String), Truncated: true });
    const next = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, Marker: reply.body.NextMarker });
    expect(next.body).toEqual({ Rotations: [{ ...rotation, KeyMaterialState: 'CURRENT' }], Truncated: false });
  });
});

describe('key material ids', () => {
  test('lists the first material too when ListKeyRotations is asked for ALL_KEY_MATERIAL', async () => {
    const qkms = createQkms();
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    const rotations = (await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID })).body.Rotations as Record<string, unknown>[];
    expect(rotations).toHaveLength(1);
    const all = (await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).body
      .Rotations as Record<string, unknown>[];
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ KeyMaterialState: 'NON_CURRENT' });
    expect(all[0]).not.toHaveProperty('RotationDate');
    expect(all[1]).toMatchObject({ KeyMaterialState: 'CURRENT', RotationType: 'ON_DEMAND', KeyMaterialId: rotations[0].KeyMaterialId });
  });
});

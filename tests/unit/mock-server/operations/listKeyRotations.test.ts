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
    const rotation = { KeyId: keyArn(EXAMPLE_KEY_ID), RotationDate: Date.parse('2025-03-04T05:06:07Z') / 1000, RotationType: 'ON_DEMAND' };
    expect(reply.body).toEqual({ Rotations: [rotation], NextMarker: expect.any(String), Truncated: true });
    const next = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, Marker: reply.body.NextMarker });
    expect(next.body).toEqual({ Rotations: [rotation], Truncated: false });
  });
});

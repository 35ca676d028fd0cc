import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms, type Collection, type Store } from '../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { call, errorOf } from './support/call';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

/** A memory store that counts how often each collection is listed. */
function countingStore(): { store: Store; lists: Map<Collection, number> } {
  const inner = createMemoryStore();
  const lists = new Map<Collection, number>();
  const store: Store = {
    ...inner,
    list: (collection) => {
      lists.set(collection, (lists.get(collection) ?? 0) + 1);
      return inner.list(collection);
    },
  };
  return { store, lists };
}

describe('the sandbox clock', () => {
  test('runs with the real clock on a fresh sandbox', async () => {
    let real = T0;
    const qkms = createQkms({ clock: () => new Date(real) });
    expect((await qkms.now()).getTime()).toBe(T0);
    real += 5000;
    expect((await qkms.now()).getTime()).toBe(T0 + 5000);
  });

  test('moves forward by advanceClock and stays ahead of the real clock by that much', async () => {
    let real = T0;
    const qkms = createQkms({ clock: () => new Date(real) });
    expect((await qkms.advanceClock(30 * DAY)).getTime()).toBe(T0 + 30 * DAY);
    real += 1000;
    expect((await qkms.now()).getTime()).toBe(T0 + 30 * DAY + 1000);
  });

  test('is the time operations see: a key created after advancing carries the later date', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await qkms.advanceClock(DAY);
    const reply = await call(qkms, 'CreateKey', {});
    expect((reply.body.KeyMetadata as { CreationDate: number }).CreationDate).toBe((T0 + DAY) / 1000);
  });

  test('never moves back: a zero, negative, fractional or non-finite step is a RangeError', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    for (const step of [0, -DAY, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(qkms.advanceClock(step)).rejects.toThrow(RangeError);
    }
    expect((await qkms.now()).getTime()).toBe(T0);
  });

  test('is shared by every backend on the same store, as tabs share it', async () => {
    const store = createMemoryStore();
    const tab = createQkms({ store, clock: () => new Date(T0) });
    const other = createQkms({ store, clock: () => new Date(T0) });
    await tab.advanceClock(7 * DAY);
    expect((await other.now()).getTime()).toBe(T0 + 7 * DAY);
  });

  test('returns to real time when the sandbox is reset', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await qkms.advanceClock(DAY);
    await qkms.reset();
    expect((await qkms.now()).getTime()).toBe(T0);
  });

  test('deletes a key pending deletion once the clock passes its deletion date', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    await qkms.advanceClock(7 * DAY - 1);
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    await qkms.advanceClock(1);
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).type).toBe('NotFoundException');
  });
});

describe('X-Qkms-Sandbox-Advance-Clock', () => {
  test('moves the clock before the request runs, so the request sees its effects', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    const reply = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Sandbox-Advance-Clock': '90d' });
    expect(reply.body.Rotations).toEqual([expect.objectContaining({ RotationType: 'AUTOMATIC', RotationDate: (T0 + 90 * DAY) / 1000 })]);
    expect((await qkms.now()).getTime()).toBe(T0 + 90 * DAY);
  });

  test.each([
    ['90s', 90_000],
    ['15m', 15 * 60_000],
    ['12h', 12 * 3_600_000],
    ['2d', 2 * DAY],
  ])('reads %s as %i milliseconds', async (header, ms) => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'ListKeys', {}, { 'X-Qkms-Sandbox-Advance-Clock': header });
    expect((await qkms.now()).getTime()).toBe(T0 + ms);
  });

  test.each(['-1d', '0d', '1w', '1.5d', 'soon', '36500000d'])('refuses %s with ValidationException and leaves the clock', async (header) => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    const error = errorOf(await call(qkms, 'ListKeys', {}, { 'X-Qkms-Sandbox-Advance-Clock': header }));
    expect(error).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('X-Qkms-Sandbox-Advance-Clock') });
    expect((await qkms.now()).getTime()).toBe(T0);
  });

  test('is ignored by a backend created with advanceClockHeader: false', async () => {
    const qkms = createQkms({ clock: () => new Date(T0), advanceClockHeader: false });
    expect((await call(qkms, 'ListKeys', {}, { 'X-Qkms-Sandbox-Advance-Clock': '30d' })).status).toBe(200);
    expect((await qkms.now()).getTime()).toBe(T0);
  });
});

describe('automatic rotation on the sandbox clock', () => {
  test('rotates once per elapsed period after a big jump, each rotation dated when it was due', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await qkms.advanceClock(365 * DAY);
    const reply = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID });
    const dates = (reply.body.Rotations as { RotationDate: number; RotationType: string }[]).map((rotation) => [
      rotation.RotationType,
      rotation.RotationDate,
    ]);
    expect(dates).toEqual([90, 180, 270, 360].map((days) => ['AUTOMATIC', (T0 + days * DAY) / 1000]));
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({
      NextRotationDate: (T0 + 450 * DAY) / 1000,
    });
  });

  test('encrypts with the newest material after an automatic rotation and still decrypts older ciphertexts', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    const before = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: 'AQID' });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await qkms.advanceClock(90 * DAY);
    const after = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: 'AQID' });
    expect(after.body.KeyMaterialId).not.toBe(before.body.KeyMaterialId);
    const describe = await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect((describe.body.KeyMetadata as { CurrentKeyMaterialId: string }).CurrentKeyMaterialId).toBe(after.body.KeyMaterialId);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: before.body.CiphertextBlob });
    expect(decrypted.body.Plaintext).toBe('AQID');
  });

  test('does not rotate a disabled key, and rotates it when enabled again, dated then', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    await qkms.advanceClock(200 * DAY);
    expect((await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID })).body.Rotations).toEqual([]);
    await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID });
    const rotations = (await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID })).body.Rotations;
    expect(rotations).toEqual([expect.objectContaining({ RotationType: 'AUTOMATIC', RotationDate: (T0 + 200 * DAY) / 1000 })]);
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({
      NextRotationDate: (T0 + 290 * DAY) / 1000,
    });
  });

  test('keeps its schedule through a cancelled deletion, without rotating while pending deletion', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 30 });
    await qkms.advanceClock(20 * DAY);
    await call(qkms, 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({
      KeyRotationEnabled: true,
      NextRotationDate: (T0 + 90 * DAY) / 1000,
    });
  });

  test('leaves an on-demand rotation out of the automatic schedule', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await qkms.advanceClock(10 * DAY);
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({
      NextRotationDate: (T0 + 90 * DAY) / 1000,
    });
  });

  test('reads every key only when a rotation is due, not on every request', async () => {
    const { store, lists } = countingStore();
    const qkms = createQkms({ store, clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    const listed = lists.get('keys') ?? 0;
    for (let i = 0; i < 5; i++) await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(lists.get('keys') ?? 0).toBe(listed);
    await qkms.advanceClock(90 * DAY);
    expect(lists.get('keys') ?? 0).toBe(listed + 1);
  });
});

import { describe, expect, it } from 'vitest';
import { wireEnums } from '../../../../mock-server';
import { mayChangeSandboxViews } from '../../../../src/sandbox/sandboxChanges';

describe('mayChangeSandboxViews', () => {
  it('leaves the views alone after a request that only uses a key or reads the sandbox', () => {
    for (const operation of [...wireEnums.keyLastUsageTrackingOperationValues, 'GenerateRandom', 'DescribeKey', 'ListKeys', 'ListAliases', 'GetPublicKey', 'GetKeyRotationStatus']) {
      expect(mayChangeSandboxViews(operation), operation).toBe(false);
    }
  });

  it('re-reads the views after a request that may change keys, aliases or the clock', () => {
    for (const operation of ['CreateKey', 'CreateAlias', 'DeleteAlias', 'UpdateAlias', 'DisableKey', 'EnableKey', 'ScheduleKeyDeletion', 'UpdateKeyDescription', 'ImportKeyMaterial', 'RotateKeyOnDemand', 'TagResource']) {
      expect(mayChangeSandboxViews(operation), operation).toBe(true);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { keySpecs } from '../../../mock-server/model/keys/keySpecs';
import { operationSpecs } from '../../../mock-server';
import type { KeySpec } from '../../../mock-server/spec';
import { PROPERTY_RUNS, signVerifyRuns } from './support/propertyRuns';

/** The cases the Sign→Verify properties run: one property per signing algorithm of each spec CreateKey makes. */
function signingCases(): number {
  return (Object.keys(keySpecs) as KeySpec[])
    .filter((spec) => keySpecs[spec].implementation.by !== undefined)
    .reduce((total, spec) => total + (keySpecs[spec].usages.SIGN_VERIFY?.signingAlgorithms?.length ?? 0) * signVerifyRuns(spec), 0);
}

describe('property suite budget', () => {
  test('the property tests run at least 10,000 cases in all', () => {
    const total =
      PROPERTY_RUNS.encryptDecrypt +
      PROPERTY_RUNS.encryptReEncryptDecrypt +
      PROPERTY_RUNS.flippedCiphertextBit +
      PROPERTY_RUNS.changedContextBit +
      PROPERTY_RUNS.macVerifyMac +
      PROPERTY_RUNS.nodeAesGcmMatchesWebCrypto +
      PROPERTY_RUNS.nodeSignerMatchesWebCrypto * 6 +
      PROPERTY_RUNS.p256ScalarFromSeed +
      signingCases() +
      PROPERTY_RUNS.anyBodyAnyOperation * Object.keys(operationSpecs).length;
    console.log(`property suite: ${total} cases`);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});

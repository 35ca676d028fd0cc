import fc from 'fast-check';
import { PROPERTY_SEED } from './propertySeed';

/**
 * Runs an async property with the suite's seed and prints it with the run count, so a failure in CI
 * can be replayed with FC_SEED=<seed> (fast-check also prints the failing case's path).
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts>,
  numRuns: number,
): Promise<void> {
  console.log(`property '${name}': ${numRuns} cases, seed ${PROPERTY_SEED} (replay with FC_SEED=${PROPERTY_SEED})`);
  await fc.assert(property, { seed: PROPERTY_SEED, numRuns });
}

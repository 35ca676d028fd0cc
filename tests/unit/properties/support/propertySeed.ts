/** The suite's fixed seed, so CI reruns the same cases; FC_SEED replays (or explores) another. */
const DEFAULT_SEED = 20_261_201;

function seedFromEnvironment(): number {
  const given = process.env.FC_SEED;
  if (given === undefined || given === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer; got '${given}'.`);
  return seed;
}

export const PROPERTY_SEED = seedFromEnvironment();

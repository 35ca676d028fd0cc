import { createQkms } from '../../mock-server/index';
import { deterministicRandom } from './deterministicRandom';
import type { ExampleRecipe, RecipeInput, RecipeValue } from './exampleRecipes';
import { kmsCall } from './kmsCall';
import { sendExample } from './sendExample';

export type RecipeValues = Readonly<Partial<Record<RecipeValue, string>>>;

/** When the examples were "made"; nothing in a ciphertext depends on it, but the backend asks. */
const EXAMPLE_CLOCK = () => new Date(Date.UTC(2025, 0, 15, 9, 30));

/**
 * Runs every recipe against its own fresh sandbox whose random bytes come from a stream seeded
 * with the recipe's name, so each value is reproducible and independent of the other recipes.
 */
export async function produceRecipeValues(recipes: readonly ExampleRecipe[]): Promise<Map<string, RecipeValues>> {
  const byName = new Map(recipes.map((recipe) => [recipe.name, recipe]));
  const values = new Map<string, RecipeValues>();
  for (const recipe of recipes) {
    const qkms = createQkms({
      random: deterministicRandom(`qkms-docs-example/${recipe.name}`),
      clock: EXAMPLE_CLOCK,
      faults: false,
      onInternalError: (error) => {
        throw error;
      },
    });
    const body = requestBody(recipe.input, byName, values);
    const response = await sendExample(qkms, kmsCall(recipe.input.operation, body));
    if (response.status !== 200) {
      throw new Error(`Recipe ${recipe.name} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    const output = response.body as Record<string, unknown>;
    const plaintext = recipe.input.operation === 'Encrypt' ? body.Plaintext : output.Plaintext;
    values.set(recipe.name, {
      CiphertextBlob: stringOrUndefined(output.CiphertextBlob),
      Plaintext: stringOrUndefined(plaintext),
    });
  }
  return values;
}

function requestBody(
  input: RecipeInput,
  recipes: ReadonlyMap<string, ExampleRecipe>,
  earlier: ReadonlyMap<string, RecipeValues>,
): Record<string, unknown> {
  switch (input.operation) {
    case 'Encrypt':
      return {
        KeyId: input.keyId,
        Plaintext: Buffer.from(input.plaintext, 'utf8').toString('base64'),
        EncryptionContext: input.context,
      };
    case 'ReEncrypt': {
      const source = earlier.get(input.from)?.CiphertextBlob;
      const sourceInput = recipes.get(input.from)?.input;
      if (source === undefined || sourceInput === undefined) {
        throw new Error(`Recipe ${input.from} must come before the recipe that re-encrypts it.`);
      }
      return {
        CiphertextBlob: source,
        SourceEncryptionContext: sourceInput.context,
        DestinationKeyId: input.keyId,
        DestinationEncryptionContext: input.context,
      };
    }
    case 'GenerateDataKey':
    case 'GenerateDataKeyWithoutPlaintext':
      return { KeyId: input.keyId, KeySpec: input.keySpec, EncryptionContext: input.context };
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Every generated value in the docs, and where it goes. A recipe says how a value is made
 * (which seeded key, which plaintext, which encryption context); its targets say which literal
 * on which page holds it. `npm run docs:examples` rewrites the targets; `--check` fails when a
 * page no longer holds what its recipe produces.
 */

export const EXAMPLE_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const SECOND_EXAMPLE_KEY = '0987dcba-09fe-87dc-65ba-ab0987654321';

export type EncryptionContext = Readonly<Record<string, string>>;

export type RecipeInput =
  | {
      /** Encrypt `plaintext` (UTF-8) under `keyId`. Values: CiphertextBlob, and Plaintext (the base64 of the input). */
      readonly operation: 'Encrypt';
      readonly keyId: string;
      readonly plaintext: string;
      readonly context: EncryptionContext;
    }
  | {
      /** ReEncrypt the CiphertextBlob of recipe `from` under `keyId`. Value: CiphertextBlob. */
      readonly operation: 'ReEncrypt';
      readonly from: string;
      readonly keyId: string;
      readonly context: EncryptionContext;
    }
  | {
      /** A fresh data key under `keyId`. Values: CiphertextBlob, and Plaintext for GenerateDataKey. */
      readonly operation: 'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext';
      readonly keyId: string;
      readonly keySpec: 'AES_256' | 'AES_128';
      readonly context: EncryptionContext;
    };

export type RecipeValue = 'CiphertextBlob' | 'Plaintext';

export interface ExampleTarget {
  /** Page path under docs/. */
  readonly page: string;
  /** Start of the heading the component sits under: 'Request Body', 'Example 1', 'Try It Out'. */
  readonly section: string;
  /** Dotted path into the component's props: 'request.body.CiphertextBlob', 'exampleResponse.Plaintext'. */
  readonly path: string;
  readonly value: RecipeValue;
}

export interface ExampleRecipe {
  /** Also seeds the recipe's random stream, so recipes do not disturb one another. */
  readonly name: string;
  readonly input: RecipeInput;
  readonly targets: readonly ExampleTarget[];
}

const at = (page: string, section: string, path: string, value: RecipeValue = 'CiphertextBlob'): ExampleTarget => ({
  page,
  section,
  path,
  value,
});

export const EXAMPLE_RECIPES: readonly ExampleRecipe[] = [
  {
    name: 'hello-finance',
    input: { operation: 'Encrypt', keyId: EXAMPLE_KEY, plaintext: 'Hello, QKMS!', context: { Department: 'Finance' } },
    targets: [
      at('api/encrypt.mdx', 'Request Body', 'request.body.Plaintext', 'Plaintext'),
      at('api/encrypt.mdx', 'Example 1', 'request.body.Plaintext', 'Plaintext'),
      at('api/encrypt.mdx', 'Example 1', 'response.body.CiphertextBlob'),
      at('api/encrypt.mdx', 'Try It Out', 'exampleResponse.CiphertextBlob'),
      at('api/decrypt.mdx', 'Request Body', 'request.body.CiphertextBlob'),
      at('api/decrypt.mdx', 'Example 1', 'request.body.CiphertextBlob'),
      at('api/decrypt.mdx', 'Example 1', 'response.body.Plaintext', 'Plaintext'),
      at('api/decrypt.mdx', 'Example 2', 'request.body.CiphertextBlob'),
      at('api/decrypt.mdx', 'Example 3', 'request.body.CiphertextBlob'),
      at('api/decrypt.mdx', 'Try It Out', 'exampleResponse.Plaintext', 'Plaintext'),
      at('api/re-encrypt.mdx', 'Request Body', 'request.body.CiphertextBlob'),
      at('api/re-encrypt.mdx', 'Example 1', 'request.body.CiphertextBlob'),
      at('api/re-encrypt.mdx', 'Example 2', 'request.body.CiphertextBlob'),
    ],
  },
  {
    name: 'hello-finance-to-test',
    input: { operation: 'ReEncrypt', from: 'hello-finance', keyId: SECOND_EXAMPLE_KEY, context: { Purpose: 'Test' } },
    targets: [
      at('api/re-encrypt.mdx', 'Example 1', 'response.body.CiphertextBlob'),
      at('api/re-encrypt.mdx', 'Try It Out', 'exampleResponse.CiphertextBlob'),
    ],
  },
  {
    name: 'data-key-finance',
    input: { operation: 'GenerateDataKey', keyId: EXAMPLE_KEY, keySpec: 'AES_256', context: { Department: 'Finance' } },
    targets: [
      at('api/generate-data-key.mdx', 'Example 1', 'response.body.CiphertextBlob'),
      at('api/generate-data-key.mdx', 'Example 1', 'response.body.Plaintext', 'Plaintext'),
      at('api/generate-data-key.mdx', 'Try It Out', 'exampleResponse.CiphertextBlob'),
      at('api/generate-data-key.mdx', 'Try It Out', 'exampleResponse.Plaintext', 'Plaintext'),
    ],
  },
  {
    name: 'data-key-128-finance',
    input: {
      operation: 'GenerateDataKeyWithoutPlaintext',
      keyId: EXAMPLE_KEY,
      keySpec: 'AES_128',
      context: { Department: 'Finance' },
    },
    targets: [
      at('api/generate-data-key-without-plaintext.mdx', 'Example 1', 'response.body.CiphertextBlob'),
      at('api/generate-data-key-without-plaintext.mdx', 'Try It Out', 'exampleResponse.CiphertextBlob'),
    ],
  },
];

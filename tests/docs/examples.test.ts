import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQkms } from '../../mock-server/index';
import { docExamples } from '../../scripts/examples/docExamples';
import type { DocExample } from '../../scripts/examples/docExamples';
import { generateExamples } from '../../scripts/examples/generateExamples';
import { listOperationPages } from '../../scripts/examples/listOperationPages';
import { sendExample } from '../../scripts/examples/sendExample';
import { operationSpecs } from '../../mock-server/spec';
import { kmsCall } from '../support/kmsRequest';

const docsDir = path.resolve(process.cwd(), 'docs');
const examples = docExamples(docsDir);

const named = (example: DocExample) => `${example.page} › ${example.section}`;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decrypts a documented ciphertext; an RSA one needs its key and algorithm, which a symmetric one names itself. */
async function decrypt(ciphertext: string, context: unknown, rsa: { KeyId?: unknown; EncryptionAlgorithm?: unknown } = {}): Promise<string> {
  const response = await sendExample(
    createQkms(),
    kmsCall('Decrypt', { CiphertextBlob: ciphertext, EncryptionContext: context, KeyId: rsa.KeyId, EncryptionAlgorithm: rsa.EncryptionAlgorithm }),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { Plaintext: string }).Plaintext;
}

function successfulExamples(target: string): DocExample[] {
  return examples.filter(
    (example) => example.request.headers['X-Amz-Target'] === target && isRecord(example.response.body) && !('__type' in example.response.body),
  );
}

describe('docs examples', () => {
  it('shows a request syntax and at least one example on every API page', () => {
    const apiPages = listOperationPages(docsDir);
    // One page per operation (paramsConsistency checks which).
    expect(apiPages).toHaveLength(Object.keys(operationSpecs).length);
    for (const page of apiPages) {
      const onPage = examples.filter((example) => example.page === page);
      expect(onPage.some((example) => example.section === 'Request Body'), page).toBe(true);
      expect(onPage.some((example) => example.section.startsWith('Example 1')), page).toBe(true);
    }
  });

  it.each(examples.map((example) => [named(example), example] as const))(
    'answers %s on a fresh sandbox as documented',
    async (_name, example) => {
      const qkms = createQkms({ onInternalError: () => undefined });
      for (const step of example.setup) {
        const prepared = await sendExample(qkms, step);
        expect(prepared.status, `setup ${JSON.stringify(prepared.body)}`).toBe(200);
      }
      const actual = await sendExample(qkms, example.request);
      const documented = example.response;
      const body = isRecord(actual.body) ? actual.body : {};
      if (isRecord(documented.body) && '__type' in documented.body) {
        // Readers copy error handling from these examples: the message printed must be the one they get.
        expect({ status: actual.status, __type: body.__type, message: body.message }).toEqual({
          status: documented.status,
          __type: documented.body.__type,
          message: documented.body.message,
        });
        return;
      }
      expect(actual.status, JSON.stringify(actual.body)).toBe(documented.status ?? 200);
      if (documented.body !== undefined) {
        expect(Object.keys(body).sort()).toEqual(Object.keys(documented.body as object).sort());
      }
    },
  );

  it('holds every generated example value to its recipe (scripts/generate-examples.ts --check)', async () => {
    const { drift, written } = await generateExamples(docsDir, { write: false });
    expect(written).toEqual([]);
    expect(drift.map(({ target }) => `${target.page} › ${target.section} › ${target.path}`)).toEqual([]);
  });

  it('decrypts the Encrypt examples’ ciphertexts to the plaintext they encrypt', async () => {
    const encrypts = successfulExamples('TrentService.Encrypt');
    expect(encrypts.length).toBeGreaterThan(0);
    for (const example of encrypts) {
      const request = example.request.body as { Plaintext: string; EncryptionContext?: unknown };
      const response = example.response.body as { CiphertextBlob: string };
      expect(await decrypt(response.CiphertextBlob, request.EncryptionContext), named(example)).toBe(request.Plaintext);
    }
  });

  it('re-encrypts in the ReEncrypt examples without changing the plaintext', async () => {
    const reEncrypts = successfulExamples('TrentService.ReEncrypt');
    expect(reEncrypts.length).toBeGreaterThan(0);
    const documentedPlaintexts = new Set(
      successfulExamples('TrentService.Encrypt').map((example) => (example.request.body as { Plaintext: string }).Plaintext),
    );
    for (const example of reEncrypts) {
      const request = example.request.body as {
        CiphertextBlob: string;
        SourceEncryptionContext?: unknown;
        DestinationEncryptionContext?: unknown;
      };
      const response = example.response.body as { CiphertextBlob: string };
      const before = await decrypt(request.CiphertextBlob, request.SourceEncryptionContext);
      const after = await decrypt(response.CiphertextBlob, request.DestinationEncryptionContext);
      expect(after, named(example)).toBe(before);
      expect(documentedPlaintexts.has(after), `${named(example)} re-encrypts a plaintext shown in an Encrypt example`).toBe(true);
    }
  });

  it('derives in the DeriveSharedSecret examples exactly the documented secret, which needs the seeded agreement key', async () => {
    const derives = successfulExamples('TrentService.DeriveSharedSecret');
    expect(derives.length).toBeGreaterThan(0);
    for (const example of derives) {
      const actual = await sendExample(createQkms(), example.request);
      expect(actual.body, named(example)).toEqual(example.response.body);
    }
  });

  it('decrypts the GenerateDataKeyPair examples’ encrypted private keys to their documented private keys', async () => {
    const pairs = successfulExamples('TrentService.GenerateDataKeyPair');
    expect(pairs.length).toBeGreaterThan(0);
    for (const example of pairs) {
      const response = example.response.body as { PrivateKeyCiphertextBlob: string; PrivateKeyPlaintext: string };
      const context = (example.request.body as { EncryptionContext?: unknown }).EncryptionContext;
      expect(await decrypt(response.PrivateKeyCiphertextBlob, context), named(example)).toBe(response.PrivateKeyPlaintext);
    }
  });

  it('decrypts the Decrypt and GenerateDataKey examples to their documented plaintexts', async () => {
    const cases = [
      ...successfulExamples('TrentService.Decrypt').map((example) => ({
        example,
        ciphertext: (example.request.body as { CiphertextBlob: string }).CiphertextBlob,
        context: (example.request.body as { EncryptionContext?: unknown }).EncryptionContext,
        rsa: example.request.body as { KeyId?: unknown; EncryptionAlgorithm?: unknown },
      })),
      ...successfulExamples('TrentService.GenerateDataKey').map((example) => ({
        example,
        ciphertext: (example.response.body as { CiphertextBlob: string }).CiphertextBlob,
        context: (example.request.body as { EncryptionContext?: unknown }).EncryptionContext,
        rsa: {},
      })),
    ];
    expect(cases.length).toBeGreaterThan(1);
    for (const { example, ciphertext, context, rsa } of cases) {
      const plaintext = (example.response.body as { Plaintext: string }).Plaintext;
      expect(await decrypt(ciphertext, context, rsa), named(example)).toBe(plaintext);
    }
  });
});

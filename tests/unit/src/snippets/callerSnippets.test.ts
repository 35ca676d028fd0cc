import { describe, expect, it } from 'vitest';
import { accessKeyIdOf } from '../../../../mock-server/node/accessKeyIdOf';
import { callerEndpoint } from '../../../../src/snippets/callerEndpoint';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import { snippetLanguages } from '../../../../src/snippets/snippetLanguages';
import type { SnippetGenerator } from '../../../../src/snippets/snippetLanguages';

const partner = 'arn:verenc:444455556666:role/Partner';
const input = { operation: 'Encrypt', body: { KeyId: 'alias/ExampleAlias', Plaintext: 'SGVsbG8=' }, endpoint: callerEndpoint(sandboxEndpoint, partner) };
const generator = async (language: (typeof snippetLanguages)[number]): Promise<SnippetGenerator> =>
  'generate' in language ? language.generate : language.load();

describe('snippets of a request sent as another principal', () => {
  it('sign with a key id made for the principal, the account and the first letters of its name', () => {
    expect(input.endpoint.accessKeyId).toBe('AKID444455556666PART');
    expect(callerEndpoint(sandboxEndpoint, undefined)).toBe(sandboxEndpoint);
  });

  it.each(snippetLanguages.map((language) => [language.label, language] as const))('%s names that key id', async (_label, language) => {
    const code = (await generator(language))(input);
    expect(code).toContain('AKID444455556666PART');
    // Every form but raw HTTP (which has no comments) says how to make the mock server take it as the partner.
    if (language.id !== 'http') expect(code).toContain(`--principals naming it for AKID444455556666PART, e.g. {"AKID444455556666PART": "${partner}"}`);
  });

  it('puts the key id where the mock server reads it in curl and raw HTTP: the Authorization header', async () => {
    for (const id of ['curl', 'http']) {
      const language = snippetLanguages.find((candidate) => candidate.id === id);
      if (!language) throw new Error(`no ${id} snippets`);
      const header = /Authorization: ([^'\n]+)/.exec((await generator(language))(input))?.[1];
      expect(accessKeyIdOf(header)).toBe('AKID444455556666PART');
    }
  });
});

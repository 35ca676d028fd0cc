import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Prism as bundledPrism } from 'prism-react-renderer';
import type * as PrismNamespace from 'prismjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docExamples } from '../../../../scripts/examples/docExamples';
import { withoutBundledLanguages } from '../../../../src/plugins/prismWithoutBundledLanguages/withoutBundledLanguages';
import { highlightAmzJsonBodies } from '../../../../src/prism/amzJsonBodies';
import { HIGHLIGHTED_LANGUAGES } from '../../../../src/prism/highlightedLanguages';
import { operationFromRequest } from '../../../../src/snippets/operationFromRequest';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import { snippetLanguages } from '../../../../src/snippets/snippetLanguages';
import type { SnippetInput } from '../../../../src/snippets/SnippetInput';
import { toHttpResponse } from '../../../../src/snippets/toHttpResponse';
import type { ExampleResponse } from '../../../../src/snippets/types';
import type { JsonObject } from '../../../../src/json/JsonValue';

type PrismLib = typeof PrismNamespace;

const repoRoot = path.resolve(__dirname, '../../../..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const prismReactRendererDir = path.dirname(require.resolve('prism-react-renderer/package.json'));
const bundledModuleSource = readFileSync(path.join(prismReactRendererDir, 'dist/index.mjs'), 'utf8');

/** Runs prismjs components on a given Prism, as Docusaurus does by lending it as the global Prism. */
function register(prism: PrismLib, names: readonly string[]): void {
  for (const name of names) new Function('Prism', readFileSync(require.resolve(`prismjs/components/prism-${name}.js`), 'utf8'))(prism);
}

/** The grammars the site had before: prism-react-renderer's bundled set, then the configured and HTTP ones. */
function previousSitePrism(): PrismLib {
  const prism = bundledPrism as unknown as PrismLib;
  register(prism, ['bash', 'python', 'json', 'java', 'http']);
  highlightAmzJsonBodies(prism);
  return prism;
}

interface Sample {
  readonly name: string;
  readonly language: string;
  readonly code: string;
}

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return /\.mdx?$/.test(entry.name) ? [file] : [];
  });
}

/** Every code block a reader can see: the docs' fenced blocks, and every example in every snippet language with its response. */
async function siteSamples(): Promise<Sample[]> {
  const fenced = markdownFiles(path.join(repoRoot, 'docs')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)\n```/gm)].map((match, index) => ({
      name: `${path.relative(repoRoot, file)} block ${index + 1}`,
      language: match[1],
      code: match[2],
    })),
  );
  const generators = await Promise.all(
    snippetLanguages.map(async (language) => ({ language, generate: 'generate' in language ? language.generate : await language.load() })),
  );
  const examples = docExamples(path.join(repoRoot, 'docs')).flatMap((example) => {
    const operation = operationFromRequest(example.request);
    if (operation === undefined) return [];
    const input: SnippetInput = { operation, body: (example.request.body ?? {}) as JsonObject, endpoint: sandboxEndpoint };
    return [
      ...generators.map(({ language, generate }) => ({ name: `${example.page} › ${example.section} (${language.label})`, language: language.prism, code: generate(input) })),
      { name: `${example.page} › ${example.section} (response)`, language: 'http', code: toHttpResponse(example.response as ExampleResponse) },
    ];
  });
  return [...fenced, ...examples];
}

const tokens = (prism: PrismLib, { language, code }: Sample) => {
  const grammar = prism.languages[language];
  return grammar === undefined ? 'no grammar' : JSON.stringify(prism.tokenize(code, grammar));
};

describe("prism-react-renderer without its bundled grammars", () => {
  let sitePrism: PrismLib;
  let corePrismLanguages: string[];
  // Written inside the project so the module's own imports (react, clsx) resolve as they do in the build.
  const directory = mkdtempSync(path.join(repoRoot, 'node_modules/.cache-prism-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  beforeAll(async () => {
    const file = path.join(directory, 'prism-react-renderer.mjs');
    writeFileSync(file, withoutBundledLanguages(bundledModuleSource));
    const module = (await import(pathToFileURL(file).href)) as { Prism: PrismLib; Highlight: unknown };
    expect(typeof module.Highlight).toBe('function');
    sitePrism = module.Prism;
    corePrismLanguages = Object.keys(sitePrism.languages).filter((key) => typeof sitePrism.languages[key] !== 'function');
    register(sitePrism, HIGHLIGHTED_LANGUAGES);
    register(sitePrism, ['http']);
    highlightAmzJsonBodies(sitePrism);
  });

  test('knows only plain text until the site registers its languages', () => {
    expect(corePrismLanguages.sort()).toEqual(['plain', 'plaintext', 'text', 'txt']);
  });

  test('highlights every code block of the site exactly as the bundled grammars did', async () => {
    const samples = await siteSamples();
    expect(samples.length).toBeGreaterThan(500);
    expect(new Set(samples.map((sample) => sample.language))).toEqual(new Set(['bash', 'go', 'http', 'java', 'javascript', 'js', 'json', 'python', 'text']));
    const previous = previousSitePrism();
    const differing = samples.filter((sample) => tokens(sitePrism, sample) !== tokens(previous, sample)).map((sample) => `${sample.name} [${sample.language}]`);
    expect(differing).toEqual([]);
    expect(samples.every((sample) => tokens(sitePrism, sample) !== 'no grammar')).toBe(true);
  });

  test('refuses a module laid out differently, rather than ship the grammars or cut into the core', () => {
    expect(() => withoutBundledLanguages('export const Prism = {};')).toThrow(/no longer has one block of grammars/);
    const start = bundledModuleSource.indexOf('// src/prism-langs.ts');
    const twice = bundledModuleSource.slice(0, start) + bundledModuleSource.slice(start, start + 200) + '\n' + bundledModuleSource.slice(start);
    expect(() => withoutBundledLanguages(twice)).toThrow(/no longer has one block of grammars/);
  });
});

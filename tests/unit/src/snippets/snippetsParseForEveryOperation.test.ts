import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../mock-server';
import type { OperationName } from '../../../../mock-server';
import { readKmsReference } from '../../../../scripts/kmsReference';
import { docExamples } from '../../../../scripts/examples/docExamples';
import { isJsonObject } from '../../../../src/json/isJsonObject';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { goPlainBooleanMembers } from '../../../../src/snippets/goLiteral';
import { operationFromRequest } from '../../../../src/snippets/operationFromRequest';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import type { SnippetInput } from '../../../../src/snippets/SnippetInput';
import { toAwsCli } from '../../../../src/snippets/toAwsCli';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toGoSdkV2 } from '../../../../src/snippets/toGoSdkV2';
import { toJavaSdkV2 } from '../../../../src/snippets/toJavaSdkV2';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';
import { checkAwsCli } from './checkers/checkAwsCli';
import { checkGo } from './checkers/checkGo';
import { checkJava } from './checkers/checkJava';
import { checkJavaScript } from './checkers/checkJavaScript';
import { checkPythonAll } from './checkers/checkPython';
import { findGofmt } from './checkers/findGofmt';
import { syntheticBody } from './syntheticBody';

const repoRoot = path.resolve(__dirname, '../../../..');

interface Case {
  readonly name: string;
  readonly input: SnippetInput;
}

const pageCases: Case[] = docExamples(path.join(repoRoot, 'docs')).flatMap((example) =>
  [...example.setup, example.request].flatMap((request, index, all) => {
    const operation = operationFromRequest(request);
    const body = request.body ?? {};
    if (operation === undefined || !isJsonObject(body as JsonObject)) return [];
    const step = index === all.length - 1 ? '' : ` (setup ${index + 1})`;
    return [{ name: `${example.page} › ${example.section}${step}`, input: { operation, body: body as JsonObject, endpoint: sandboxEndpoint } }];
  }),
);

// Every member of every operation, plain and awkward (quotes, backslashes, newlines, shell metacharacters).
const syntheticCases: Case[] = (Object.keys(operationSpecs) as OperationName[]).flatMap((operation) =>
  [false, true].map((awkward) => ({
    name: `${operation} with every member${awkward ? ', awkward values' : ''}`,
    input: { operation, body: syntheticBody(operationSpecs[operation].input, awkward), endpoint: sandboxEndpoint },
  })),
);

const cases = [...pageCases, ...syntheticCases];

it('covers every operation page example and every operation', () => {
  expect(pageCases.length).toBeGreaterThan(Object.keys(operationSpecs).length);
  const covered = new Set(pageCases.map((entry) => entry.input.operation));
  for (const operation of Object.keys(operationSpecs)) expect(covered, operation).toContain(operation);
});

describe('Python (boto3) snippets parse with Python’s ast', () => {
  let problems: (string | undefined)[] = [];
  beforeAll(async () => {
    problems = await checkPythonAll(cases.map((entry) => toBoto3(entry.input)));
  });
  it.each(cases.map((entry, index) => [entry.name, index] as const))('%s', (_name, index) => {
    expect(problems[index]).toBeUndefined();
  });
});

describe('Java (SDK v2) snippets parse with java-parser', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(checkJava(toJavaSdkV2(entry.input))).toBeUndefined();
  });
});

describe('Go (SDK v2) snippets pass gofmt -e, are gofmt-formatted and use every import', () => {
  let gofmt: string | undefined;
  beforeAll(async () => {
    gofmt = await findGofmt();
  }, 600_000);
  it.for(cases.map((entry) => [entry.name, entry] as const))('%s', async ([, entry], context) => {
    // findGofmt has said why (no toolchain outside CI); in CI it throws instead.
    if (gofmt === undefined) return context.skip();
    expect(await checkGo(gofmt, toGoSdkV2(entry.input))).toBeUndefined();
  });
});

describe('AWS CLI snippets pass bash -n, name a model command and options, and carry every value intact', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    expect(await checkAwsCli(toAwsCli(entry.input), entry.input.body)).toBeUndefined();
  });
});

describe('JavaScript (SDK v3) snippets parse as ES modules', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(checkJavaScript(toJsSdkV3(entry.input))).toBeUndefined();
  });
});

it('knows every boolean member the Go SDK makes a plain bool (a model shape with a default)', () => {
  const defaulted = readKmsReference().operations.flatMap((operation) =>
    operation.input.filter((member) => member.type === 'boolean' && member.shape === 'BooleanType').map((member) => member.name),
  );
  expect(new Set(defaulted)).toEqual(goPlainBooleanMembers);
});

import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { AMZ_JSON, createQkms, operationSpecs, type MemberSpec, type OperationName, type Qkms, type ShapeSpec } from '../../../mock-server';
import { rawBody, kmsRequest } from '../../support/kmsRequest';
import { CLOUDHSM_KEY_STORE_ID, EXAMPLE_KEY_ID, EXAMPLE_ROLE, SEEDED_GRANT_ID, SEEDED_GRANT_TOKEN, SEEDED_KEY_IDS, keyArn } from '../../support/sandbox';
import { checkProperty } from './support/checkProperty';
import { PROPERTY_RUNS } from './support/propertyRuns';

/** Values that reach past validation into the operations: the seed's names, and strings at the edges. */
const MEANINGFUL_STRINGS = [
  ...SEEDED_KEY_IDS,
  keyArn(EXAMPLE_KEY_ID),
  'alias/ExampleAlias',
  'alias/aws/kms',
  EXAMPLE_ROLE,
  SEEDED_GRANT_ID,
  SEEDED_GRANT_TOKEN,
  CLOUDHSM_KEY_STORE_ID,
  '',
  '\u0000',
  '\ud800',
  '__proto__',
  'constructor',
];

const anyJson = fc.jsonValue({ maxDepth: 3 });

/**
 * A value of the shape, at or past its limits; with `wrongTypes`, now and then of any other JSON
 * type instead (which validation must answer with SerializationException, never a throw).
 */
function valueOf(shape: ShapeSpec, depth: number, wrongTypes: boolean): fc.Arbitrary<unknown> {
  if (!wrongTypes) return typedValueOf(shape, depth, wrongTypes);
  return fc.oneof({ weight: 6, arbitrary: typedValueOf(shape, depth, wrongTypes) }, { weight: 1, arbitrary: anyJson });
}

function typedValueOf(shape: ShapeSpec, depth: number, wrongTypes: boolean): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      return fc.oneof(
        shape.enum && shape.enum.length > 0 ? fc.constantFrom(...shape.enum) : fc.constantFrom(...MEANINGFUL_STRINGS),
        fc.constantFrom(...MEANINGFUL_STRINGS),
        fc.string({ unit: 'binary', maxLength: 40 }),
      );
    case 'blob':
      return fc.oneof(
        { weight: 4, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('base64')) },
        { weight: 1, arbitrary: fc.constantFrom('', 'not base64!', '====', 'QQ', 'QQ=', SEEDED_GRANT_TOKEN) },
      );
    case 'integer':
    case 'long':
      return fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 63), 0.5, 1e308));
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return fc.oneof(fc.integer(), fc.double(), fc.constant('yesterday'));
    case 'list':
      return depth > 3 ? fc.constant([]) : fc.array(valueOf(shape.member ?? { type: 'string' }, depth + 1, wrongTypes), { maxLength: 6 });
    case 'map':
      return depth > 3
        ? fc.constant({})
        : fc.dictionary(
            fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...MEANINGFUL_STRINGS)),
            valueOf(shape.value ?? { type: 'string' }, depth + 1, wrongTypes),
            { maxKeys: 4 },
          );
    case 'structure':
      return depth > 3 ? fc.constant({}) : bodyOf(shape.members ?? [], depth + 1, wrongTypes);
  }
}

/**
 * An object of the members, plus now and then a member the model does not have. Well-typed bodies
 * carry their required members more often than not, so they reach the operations' own checks.
 */
function bodyOf(members: readonly MemberSpec[], depth: number, wrongTypes: boolean): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(members.map((member) => [member.name, valueOf(member, depth, wrongTypes)])), {
    requiredKeys: [],
  });
  const required = fc.record(
    Object.fromEntries(members.filter((member) => member.required).map((member) => [member.name, valueOf(member, depth, wrongTypes)])),
  );
  const unknown = fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 2 });
  return fc
    .tuple(known, fc.option(required, { freq: wrongTypes ? 2 : 5 }), fc.option(unknown, { freq: 4 }))
    .map(([body, present, extra]) => ({ ...(extra ?? {}), ...body, ...(present ?? {}) }));
}

const OPERATIONS = Object.keys(operationSpecs) as OperationName[];

/** A request body as JSON text: mostly a spec-shaped object (well-typed or not), sometimes any JSON value at all, now and then not JSON. */
function bodyTextFor(operation: OperationName): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: bodyOf(operationSpecs[operation].input, 0, false).map((body) => JSON.stringify(body)) },
    { weight: 3, arbitrary: bodyOf(operationSpecs[operation].input, 0, true).map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

let qkms: Qkms;
const internalErrors: unknown[] = [];
/** Outcome (`200` or the error's __type) → count, over every operation: the bodies must reach past validation. */
const outcomes = new Map<string, number>();

beforeAll(() => {
  qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
});

describe('any body to any operation (property)', () => {
  test.each(OPERATIONS)(
    '%s answers every JSON body with a 200 or a well-formed 4xx {"__type","message"}, never a 500 or a throw',
    async (operation) => {
      await checkProperty(
        `any body → ${operation}`,
        fc.asyncProperty(bodyTextFor(operation), async (text) => {
          const response = await qkms.fetch(kmsRequest(operation, rawBody(text)));
          const where = `${operation} ${text.slice(0, 400)}`;
          expect(response.headers.get('Content-Type'), where).toBe(AMZ_JSON);
          const reply = JSON.parse(await response.text()) as Record<string, unknown>;
          const outcome = response.status === 200 ? '200' : String(reply.__type);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (response.status === 200) return;
          expect(response.status, `${where} → ${JSON.stringify(reply)}`).toBeGreaterThanOrEqual(400);
          expect(response.status, `${where} → ${JSON.stringify(reply)}`).toBeLessThan(600);
          // KMS answers a few errors with 5xx (KeyUnavailableException, DependencyTimeoutException…); an internal failure is a bug.
          expect(reply.__type, `${where} → ${JSON.stringify(reply)}`).not.toBe('KMSInternalException');
          expect(Object.keys(reply).sort(), where).toEqual(['__type', 'message']);
          expect(reply.__type, where).toMatch(/^[A-Za-z]+Exception$/);
          expect(reply.message, where).toEqual(expect.stringMatching(/\S/));
          expect(response.headers.get('x-amzn-ErrorType'), where).toBe(reply.__type);
        }),
        PROPERTY_RUNS.anyBodyAnyOperation,
      );
      expect(internalErrors.splice(0)).toEqual([]);
    },
    120_000,
  );

  test('the random bodies are not vacuous: many succeed and many reach the operations’ own checks', () => {
    console.log(`any body: outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort(([, a], [, b]) => b - a)))}`);
    expect(outcomes.get('200')).toBeGreaterThan(100);
    expect(outcomes.get('SerializationException')).toBeGreaterThan(0);
    expect(outcomes.get('ValidationException')).toBeGreaterThan(0);
    for (const deeper of ['NotFoundException', 'KMSInvalidStateException', 'DisabledException', 'InvalidKeyUsageException']) {
      expect(outcomes.get(deeper) ?? 0, deeper).toBeGreaterThan(0);
    }
  });
});

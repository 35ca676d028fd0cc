import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { operationSpecs, type MemberSpec, type OperationName, type ShapeSpec } from '../../../mock-server/spec';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID, SEEDED_GRANT_TOKEN } from '../../support/sandbox';
import { b64, call, type Reply } from './support/call';

/** mulberry32: a small seeded generator, so a failing body can be replayed from its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'é€𝄞',
  '\ud800',
  '__proto__',
  'constructor',
  'x'.repeat(70_000),
  EXAMPLE_KEY_ID,
  keyArn(SECOND_KEY_ID),
  'alias/ExampleAlias',
  'arn:verenc:111122223333:alias/ExampleAlias',
  'arn:aws:kms:us-east-1:111122223333:key/x',
  SEEDED_GRANT_TOKEN,
  SEEDED_GRANT_ID,
  b64('hello'),
  '====',
  EXAMPLE_ROLE,
];

/** Any JSON value at all: the wrong type for most members. */
function anyValue(random: Random, depth = 0): unknown {
  const kind = Math.floor(random() * (depth > 2 ? 6 : 8));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick(random, [0, -1, 1, 7, 30, 1.5, 2 ** 53, -(2 ** 31), 1e308]);
    case 3:
    case 4:
      return pick(random, NASTY_STRINGS);
    case 5:
      return pick(random, [[], {}, { __proto__: null }]);
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () => anyValue(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 4); i > 0; i -= 1) object[pick(random, NASTY_STRINGS)] = anyValue(random, depth + 1);
      return object;
    }
  }
}

/** Mostly a value of the member's shape (often at or past its limits), sometimes anything. */
function valueFor(random: Random, shape: ShapeSpec, depth = 0): unknown {
  if (random() < 0.2 || depth > 3) return anyValue(random, depth);
  switch (shape.type) {
    case 'string':
      return shape.enum && random() < 0.7 ? pick(random, shape.enum) : pick(random, NASTY_STRINGS);
    case 'blob':
      return pick(random, ['', b64(''), b64('x'), b64('x'.repeat(5000)), 'not base64!', NASTY_STRINGS[13]]);
    case 'integer':
    case 'long':
      return pick(random, [0, 1, -1, 7, 30, 1000, 1001, 2 ** 31, 0.5]);
    case 'boolean':
      return random() < 0.5;
    case 'timestamp':
      return pick(random, [0, 1.5, -1, 'yesterday']);
    case 'list':
      return Array.from({ length: Math.floor(random() * 12) }, () => valueFor(random, shape.member ?? { type: 'string' }, depth + 1));
    case 'map': {
      const map: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 4); i > 0; i -= 1) {
        map[pick(random, NASTY_STRINGS)] = valueFor(random, shape.value ?? { type: 'string' }, depth + 1);
      }
      return map;
    }
    case 'structure':
      return bodyFor(random, shape.members ?? [], depth + 1);
  }
}

function bodyFor(random: Random, members: readonly MemberSpec[], depth = 0): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const member of members) {
    if (random() < (member.required ? 0.9 : 0.5)) body[member.name] = valueFor(random, member, depth);
  }
  if (random() < 0.1) body[pick(random, NASTY_STRINGS)] = anyValue(random);
  return body;
}

const OPERATIONS = Object.keys(operationSpecs) as OperationName[];

describe('fuzzed requests', () => {
  test('every random body to every operation gets well-formed KMS JSON and leaves the sandbox working', async () => {
    const internalErrors: unknown[] = [];
    const qkms = createQkms({ onInternalError: (error) => internalErrors.push(error) });
    const random = generator(20240101);
    const seen = new Map<string, number>();
    for (let round = 0; round < 40; round += 1) {
      // Half the rounds send every operation at once, so mutations race one another through the queue.
      const batch = OPERATIONS.map((operation) => {
        const raw = random() < 0.05 ? anyValue(random) : bodyFor(random, operationSpecs[operation].input);
        return { operation, body: typeof raw === 'object' && raw !== null ? raw : { raw } };
      });
      const replies =
        round % 2 === 0
          ? await Promise.all(batch.map(({ operation, body }) => call(qkms, operation, body)))
          : await batch.reduce<Promise<Reply[]>>(
              async (done, { operation, body }) => [...(await done), await call(qkms, operation, body)],
              Promise.resolve([]),
            );
      for (const [index, reply] of replies.entries()) {
        const { operation, body } = batch[index];
        const where = `${operation} ${JSON.stringify(body).slice(0, 300)}`;
        const outcome = reply.status === 200 ? `${operation} 200` : String(reply.body.__type);
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        if (reply.status !== 200) {
          expect(reply.status, where).toBeGreaterThanOrEqual(400);
          expect(reply.status, where).toBeLessThan(600);
          expect(reply.body.__type, where).toMatch(/^[A-Za-z]+Exception$/);
          expect(reply.body.message, where).toEqual(expect.any(String));
          expect(String(reply.body.message).length, where).toBeGreaterThan(0);
          expect(reply.headers.get('x-amzn-ErrorType'), where).toBe(reply.body.__type);
        }
        expect(reply.headers.get('Content-Type'), where).toBe('application/x-amz-json-1.1');
      }
    }
    expect(internalErrors).toEqual([]);
    // Not vacuous: the bodies get past validation into the operations, and some succeed.
    expect(seen.get('ValidationException')).toBeGreaterThan(0);
    expect(seen.get('SerializationException')).toBeGreaterThan(0);
    expect([...seen.keys()].filter((outcome) => outcome.endsWith(' 200')).length).toBeGreaterThan(3);
    expect(seen.size).toBeGreaterThan(10);

    const listed = await call(qkms, 'ListKeys', {});
    expect(listed.status).toBe(200);
    const created = await call(qkms, 'CreateKey', {});
    const keyId = (created.body.KeyMetadata as { KeyId: string }).KeyId;
    const encrypted = await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: b64('still works'), EncryptionContext: { 'é': '𝄞' } });
    expect(encrypted.status).toBe(200);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { 'é': '𝄞' } });
    expect(decrypted.body.Plaintext).toBe(b64('still works'));
    if (process.env.FUZZ_REPORT) console.log(Object.fromEntries([...seen].sort()));
  }, 120_000);
});

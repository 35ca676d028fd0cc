import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOperationName, operationSpecs } from '../../../mock-server/spec';
import type { OperationName } from '../../../mock-server/spec';
import type { MemberSpec, ShapeSpec } from '../../../mock-server/spec/types';
import { readKmsReference } from '../../../scripts/kmsReference';
import { operationsInScope } from '../../../scripts/operationsInScope';
import type { ReferenceMember as RefMember, ReferenceShape as RefShape } from '../../../scripts/kmsReference';

const reference = readKmsReference();

const inScope: readonly OperationName[] = operationsInScope;

/** The reference's shape as our spec should spell it: structures resolved, flags only when set. */
function expectedShape(shape: RefShape): ShapeSpec {
  const structure = shape.structure === undefined ? undefined : reference.structures[shape.structure];
  if (shape.structure !== undefined && !structure) throw new Error(`no structure ${shape.structure}`);
  return {
    type: shape.type as ShapeSpec['type'],
    ...(shape.sensitive ? { sensitive: true } : {}),
    ...(shape.min !== undefined ? { min: shape.min } : {}),
    ...(shape.max !== undefined ? { max: shape.max } : {}),
    ...(shape.enum ? { enum: shape.enum } : {}),
    ...(shape.pattern !== undefined ? { pattern: shape.pattern } : {}),
    ...(shape.member ? { member: expectedShape(shape.member) } : {}),
    ...(shape.key ? { key: expectedShape(shape.key) } : {}),
    ...(shape.value ? { value: expectedShape(shape.value) } : {}),
    ...(structure ? { structure: shape.structure, members: structure.map(expectedMember) } : {}),
  };
}

function expectedMember(member: RefMember): MemberSpec {
  return {
    name: member.name,
    required: member.required,
    ...(member.deprecated ? { deprecated: true } : {}),
    ...expectedShape(member),
  };
}

function patternsOf(members: readonly ShapeSpec[]): string[] {
  return members.flatMap((shape) => [
    ...(shape.pattern === undefined ? [] : [shape.pattern]),
    ...patternsOf([shape.member, shape.key, shape.value].filter((s): s is ShapeSpec => s !== undefined)),
    ...patternsOf(shape.members ?? []),
  ]);
}

describe('operationSpecs', () => {
  it('registers exactly the operations in scope, in sorted order, each under its wire name', () => {
    expect(Object.keys(operationSpecs)).toEqual([...inScope].sort());
    for (const [name, spec] of Object.entries(operationSpecs)) expect(spec.name).toBe(name);
  });

  it.each(inScope)('agrees with kms-ops.json on every input member, output member and error of %s', (name) => {
    const ref = reference.operations.find((op) => op.name === name);
    if (!ref) throw new Error(`kms-ops.json has no ${name}`);
    const spec = operationSpecs[name];
    expect(spec.input).toStrictEqual(ref.input.map(expectedMember));
    expect(spec.output).toStrictEqual(ref.output.map(expectedMember));
    expect(spec.errors).toStrictEqual(ref.errors);
  });

  it('keeps ReEncrypt CiphertextBlob required although botocore marks it optional', () => {
    const ciphertext = operationSpecs.ReEncrypt.input.find((m) => m.name === 'CiphertextBlob');
    expect(ciphertext?.required).toBe(true);
  });

  it('compiles every pattern of every member as a regular expression', () => {
    const patterns = Object.values(operationSpecs).flatMap((spec) => patternsOf([...spec.input, ...spec.output]));
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(() => new RegExp(`^(?:${pattern})$`, 'u')).not.toThrow();
  });

  it('does not import the reference json at runtime, so the browser bundle stands alone', () => {
    const dir = path.resolve(process.cwd(), 'mock-server/spec');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const imports = readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('import'));
      expect(imports.filter((line) => line.includes('.json') || line.includes('shared')), file).toEqual([]);
    }
  });
});

describe('the generated spec files', () => {
  it('are exactly what scripts/gen-spec.ts writes from the model (specs, Input/Output types, enums, error names)', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['tsx', 'scripts/gen-spec.ts', '--check'], { cwd: process.cwd() });
    expect(stdout).toContain('up to date');
  });
});

describe('isOperationName', () => {
  it('accepts a wire name in scope', () => {
    expect(isOperationName('ReEncrypt')).toBe(true);
  });

  it('rejects names out of scope, wrong case and Object.prototype keys', () => {
    for (const name of ['CreateKeyStore', 'reEncrypt', 'toString', 'constructor', '']) expect(isOperationName(name)).toBe(false);
  });
});

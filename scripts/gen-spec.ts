/**
 * Writes mock-server/spec/<operation>.ts and mock-server/spec/structures/<structure>.ts from
 * reference/kms-ops.json, so the browser bundle carries the model without importing the json.
 * Run: npx tsx scripts/gen-spec.ts   (tests/unit/spec/specMatchesReference.test.ts keeps the output honest)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readKmsReference } from './kmsReference';
import { operationsInScope } from './operationsInScope';
import type { ReferenceMember as RefMember, ReferenceOperation as RefOperation, ReferenceShape as RefShape } from './kmsReference';

const repoRoot = path.resolve(__dirname, '..');
const specDir = path.join(repoRoot, 'mock-server/spec');
const reference = readKmsReference();

const camel = (name: string): string => name[0].toLowerCase() + name.slice(1);

/** A reference to another module's export, printed as a bare identifier. */
class Identifier {
  constructor(readonly name: string) {}
}
type Literal = string | number | boolean | Identifier | readonly Literal[] | { readonly [key: string]: Literal };

/** An object key '...name' prints as a spread of the shared shape `name`. */
const spreadKey = (identifier: string): string => `...${identifier}`;
const isSpread = (key: string): boolean => key.startsWith('...');

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function oneLine(value: Literal): string {
  if (value instanceof Identifier) return value.name;
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => (isSpread(k) ? k : `${k}: ${oneLine(v)}`));
  return `{ ${entries.join(', ')} }`;
}

const maxWidth = 110;

function render(value: Literal, indent: string, prefixWidth: number): string {
  const flat = oneLine(value);
  if (indent.length + prefixWidth + flat.length + 1 <= maxWidth || typeof value !== 'object' || value instanceof Identifier) {
    return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${render(item, inner, 0)},\n`).join('')}${indent}]`;
  }
  const lines = Object.entries(value).map(([k, v]) =>
    isSpread(k) ? `${inner}${k},\n` : `${inner}${k}: ${render(v, inner, k.length + 2)},\n`,
  );
  return `{\n${lines.join('')}${indent}}`;
}

const usedStructures = new Set<string>();

function shapeLiteral(shape: RefShape): Record<string, Literal> {
  const out: Record<string, Literal> = { type: shape.type };
  if (shape.sensitive) out.sensitive = true;
  if (shape.min !== undefined) out.min = shape.min;
  if (shape.max !== undefined) out.max = shape.max;
  if (shape.enum) out.enum = shape.enum;
  if (shape.pattern !== undefined) out.pattern = shape.pattern;
  if (shape.member) out.member = shapeLiteral(shape.member);
  if (shape.key) out.key = shapeLiteral(shape.key);
  if (shape.value) out.value = shapeLiteral(shape.value);
  if (shape.structure) {
    usedStructures.add(shape.structure);
    out.structure = shape.structure;
    out.members = new Identifier(camel(shape.structure));
  }
  return out;
}

/**
 * Model shapes that several members share (EncryptionAlgorithmSpec, GrantTokenList, KeyIdType, …) are
 * written once in shapes.ts and spread into each member, so an enum or a limit has one place.
 */
const sharedShapes = new Map<string, RefShape>();

function shapeOf(shape: RefShape): RefShape {
  const { type, min, max, enum: values, pattern, sensitive, member, key, value, structure } = shape;
  return { type, min, max, enum: values, pattern, sensitive, member, key, value, structure };
}

function findSharedShapes(members: readonly RefMember[]): void {
  const seen = new Map<string, { readonly shape: RefShape; count: number }>();
  for (const member of members) {
    if (member.shape === undefined || member.structure !== undefined) continue;
    const shape = shapeOf(member);
    const entry = seen.get(member.shape);
    if (entry === undefined) {
      seen.set(member.shape, { shape, count: 1 });
      continue;
    }
    if (JSON.stringify(entry.shape) !== JSON.stringify(shape)) {
      throw new Error(`kms-ops.json gives shape ${member.shape} two different definitions`);
    }
    entry.count++;
  }
  for (const [name, { shape, count }] of seen) {
    if (count > 1 && Object.keys(shapeLiteral(shape)).length > 1) sharedShapes.set(name, shape);
  }
}

function memberLiteral(member: RefMember): Record<string, Literal> {
  const out: Record<string, Literal> = { name: member.name };
  const shared = member.shape !== undefined && sharedShapes.has(member.shape) ? member.shape : undefined;
  if (shared !== undefined) out[spreadKey(camel(shared))] = new Identifier(camel(shared));
  else out.type = shapeLiteral(member).type;
  out.required = member.required;
  if (member.deprecated) out.deprecated = true;
  if (shared !== undefined) return out;
  const { type: _type, ...rest } = shapeLiteral(member);
  return { ...out, ...rest };
}

function importShapes(names: readonly string[], from: string): string[] {
  if (names.length === 0) return [];
  const line = `import { ${names.join(', ')} } from '${from}';`;
  return [line.length <= maxWidth ? line : `import {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';`];
}

function sharedShapesIn(members: readonly RefMember[]): string[] {
  return [...new Set(members.flatMap((m) => (m.shape !== undefined && sharedShapes.has(m.shape) ? [camel(m.shape)] : [])))].sort();
}

function identifiersIn(members: readonly RefMember[]): string[] {
  const names = new Set<string>();
  const visit = (shape: RefShape): void => {
    if (shape.structure) names.add(shape.structure);
    for (const inner of [shape.member, shape.key, shape.value]) if (inner) visit(inner);
  };
  members.forEach(visit);
  return [...names].sort();
}

const banner = '// Generated by scripts/gen-spec.ts from kms-ops.json: change the generator, not this file.\n';

function writeModule(file: string, imports: string[], body: string): void {
  writeFileSync(file, `${banner}${imports.join('\n')}\n\n${body}`);
}

function writeOperation(operation: RefOperation): void {
  const exportName = `${camel(operation.name)}Spec`;
  const literal: Record<string, Literal> = {
    name: operation.name,
    input: operation.input.map(memberLiteral),
    output: operation.output.map(memberLiteral),
    errors: operation.errors,
  };
  const structures = identifiersIn([...operation.input, ...operation.output]);
  const shapes = sharedShapesIn([...operation.input, ...operation.output]);
  const imports = [
    ...importShapes(shapes, './shapes'),
    "import type { OperationSpec } from './types';",
    ...structures.map((s) => `import { ${camel(s)} } from './structures/${camel(s)}';`),
  ];
  writeModule(
    path.join(specDir, `${camel(operation.name)}.ts`),
    imports,
    `export const ${exportName}: OperationSpec = ${render(literal, '', 0)};\n`,
  );
}

function writeStructure(name: string): void {
  const members = reference.structures[name];
  if (!members) throw new Error(`kms-ops.json has no structure ${name}`);
  const literal = members.map(memberLiteral);
  const nested = identifiersIn(members);
  const shapes = sharedShapesIn(members);
  const imports = [
    ...importShapes(shapes, '../shapes'),
    "import type { MemberSpec } from '../types';",
    ...nested.map((s) => `import { ${camel(s)} } from './${camel(s)}';`),
  ];
  writeModule(
    path.join(specDir, 'structures', `${camel(name)}.ts`),
    imports,
    `/** Members of the ${name} structure. */\nexport const ${camel(name)}: readonly MemberSpec[] = ${render(literal, '', 0)};\n`,
  );
}

function writeSharedShapes(): void {
  const body = [...sharedShapes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, shape]) => `export const ${camel(name)}: ShapeSpec = ${render(shapeLiteral(shape), '', 0)};\n`)
    .join('\n');
  writeModule(path.join(specDir, 'shapes.ts'), ["import type { ShapeSpec } from './types';"], body);
}

function structuresReachedFrom(members: readonly RefMember[]): Set<string> {
  const reached = new Set<string>();
  const visit = (list: readonly RefMember[]): void => {
    for (const name of identifiersIn(list)) {
      if (reached.has(name)) continue;
      reached.add(name);
      visit(reference.structures[name] ?? []);
    }
  };
  visit(members);
  return reached;
}

const operations = operationsInScope.map((name) => {
  const operation = reference.operations.find((op) => op.name === name);
  if (!operation) throw new Error(`kms-ops.json has no operation ${name}`);
  return operation;
});
const operationMembers = operations.flatMap((op) => [...op.input, ...op.output]);
const structureMembers = [...structuresReachedFrom(operationMembers)].flatMap((name) => reference.structures[name] ?? []);
findSharedShapes([...operationMembers, ...structureMembers]);

mkdirSync(path.join(specDir, 'structures'), { recursive: true });
writeSharedShapes();
operations.forEach(writeOperation);
const written = new Set<string>();
while (written.size < usedStructures.size) {
  for (const name of [...usedStructures]) {
    if (written.has(name)) continue;
    writeStructure(name);
    written.add(name);
  }
}
console.log(`wrote ${operations.length} operation specs, ${written.size} structures and ${sharedShapes.size} shared shapes`);

/**
 * Writes the backend's view of the KMS model from reference/kms-ops.json, so the browser bundle carries
 * the model without importing the json, and handlers are typed from the same source as validation:
 *   mock-server/spec/enums.ts             every wire enum: its values and its string-literal union
 *   mock-server/spec/shapes.ts            shapes several members share, written once
 *   mock-server/spec/<operation>.ts       the operation's member specs and its Input/Output types
 *   mock-server/spec/structures/<s>.ts    a structure's member specs and its two types (as sent, as answered)
 *   mock-server/spec/ErrorName.ts         the wire name of every error the model declares, and the protocol's
 *   mock-server/spec/index.ts             the operation names, the spec registry and the type maps
 * Input types are what a handler gets after validation: blobs decoded to bytes, absent members
 * optional. Output types list every member the model has, each present (undefined where QKMS has no
 * value), so a handler that forgets or misspells a response member does not compile.
 * Run: npx tsx scripts/gen-spec.ts   (`--check` fails when the files differ from what it would write;
 * tests/unit/spec/specMatchesReference.test.ts runs that and holds the specs to the model)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Every enum of the operations in scope, by its model shape name (KeySpec, GrantOperation, …). */
const enums = new Map<string, readonly string[]>();

function enumName(shape: RefShape): string {
  if (shape.shape === undefined || !shape.enum) throw new Error('an enum without a model shape name');
  const known = enums.get(shape.shape);
  if (known && JSON.stringify(known) !== JSON.stringify(shape.enum)) {
    throw new Error(`kms-ops.json gives enum ${shape.shape} two value sets`);
  }
  enums.set(shape.shape, shape.enum);
  return shape.shape;
}
const enumValuesName = (name: string): string => `${camel(name)}Values`;

type Flavor = 'Input' | 'Output';
const structureType = (name: string, flavor: Flavor): string => (flavor === 'Input' ? name : `${name}Output`);

/** The TypeScript type of a value of `shape` as a handler sees it. */
function typeOf(shape: RefShape, flavor: Flavor, uses: Set<string>): string {
  switch (shape.type) {
    case 'string':
      if (!shape.enum) return 'string';
      uses.add(`enum:${enumName(shape)}`);
      return enumName(shape);
    case 'blob':
      uses.add('Bytes');
      return 'Bytes';
    case 'integer':
    case 'long':
    case 'timestamp':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      if (!shape.member) throw new Error('a list without a member shape');
      return `readonly ${typeOf(shape.member, flavor, uses)}[]`;
    case 'map':
      if (!shape.value) throw new Error('a map without a value shape');
      return `Readonly<Record<string, ${typeOf(shape.value, flavor, uses)}>>`;
    case 'structure': {
      if (!shape.structure) throw new Error('a structure without a name');
      usedStructures.add(shape.structure);
      uses.add(`structure:${shape.structure}:${flavor}`);
      return structureType(shape.structure, flavor);
    }
    default:
      throw new Error(`kms-ops.json has a member of unknown type ${shape.type}`);
  }
}

function memberLine(member: RefMember, flavor: Flavor, uses: Set<string>): string {
  const type = typeOf(member, flavor, uses);
  if (flavor === 'Input') return `  readonly ${member.name}${member.required ? '' : '?'}: ${type};\n`;
  return `  readonly ${member.name}: ${type}${member.required ? '' : ' | undefined'};\n`;
}

function interfaceOf(name: string, members: readonly RefMember[], flavor: Flavor, uses: Set<string>, doc: string): string {
  const body = members.map((member) => memberLine(member, flavor, uses)).join('');
  return `/** ${doc} */\nexport interface ${name} {\n${body}}\n`;
}

/** Type imports for what `uses` collected, from a module `depth` folders below spec/. */
function typeImports(uses: Set<string>, depth: number, self?: string): string[] {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const lines: string[] = [];
  if (uses.has('Bytes')) lines.push(`import type { Bytes } from '${up}Bytes';`);
  const enumNames = [...uses].filter((u) => u.startsWith('enum:')).map((u) => u.slice(5)).sort();
  if (enumNames.length > 0) lines.push(...importNames(enumNames, `${up}enums`, true));
  const structures = new Map<string, string[]>();
  for (const use of [...uses].filter((u) => u.startsWith('structure:')).sort()) {
    const [, name, flavor] = use.split(':');
    if (name === self) continue;
    structures.set(name, [...(structures.get(name) ?? []), structureType(name, flavor as Flavor)]);
  }
  for (const [name, types] of structures) {
    const from = depth === 0 ? `./structures/${camel(name)}` : `./${camel(name)}`;
    lines.push(...importNames(types.sort(), from, true));
  }
  return lines;
}

function importNames(names: readonly string[], from: string, typeOnly: boolean): string[] {
  const keyword = typeOnly ? 'import type' : 'import';
  const line = `${keyword} { ${names.join(', ')} } from '${from}';`;
  return [line.length <= maxWidth ? line : `${keyword} {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';`];
}

function shapeLiteral(shape: RefShape): Record<string, Literal> {
  const out: Record<string, Literal> = { type: shape.type };
  if (shape.sensitive) out.sensitive = true;
  if (shape.min !== undefined) out.min = shape.min;
  if (shape.max !== undefined) out.max = shape.max;
  if (shape.enum) out.enum = new Identifier(enumValuesName(enumName(shape)));
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
  const { type, shape: name, min, max, enum: values, pattern, sensitive, member, key, value, structure } = shape;
  return { type, shape: name, min, max, enum: values, pattern, sensitive, member, key, value, structure };
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
  // A shared list of structures (GrantList) whose structure spreads shared shapes itself would make
  // shapes.ts and that structure's module import each other: whichever loads second would read the
  // other's exports before they exist. Such a list stays inline in each member.
  for (const [name, shape] of sharedShapes) {
    const structure = shape.member?.structure;
    if (structure !== undefined && usesSharedShapes(structure, new Set())) sharedShapes.delete(name);
  }
}

function usesSharedShapes(structure: string, visited: Set<string>): boolean {
  if (visited.has(structure)) return false;
  visited.add(structure);
  return (reference.structures[structure] ?? []).some((member) => {
    const nested = member.structure ?? member.member?.structure;
    return (
      (member.shape !== undefined && sharedShapes.has(member.shape) && member.structure === undefined) ||
      (nested !== undefined && usesSharedShapes(nested, visited))
    );
  });
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
  return names.length === 0 ? [] : importNames(names, from, false);
}

function sharedShapesIn(members: readonly RefMember[]): string[] {
  return [...new Set(members.flatMap((m) => (m.shape !== undefined && sharedShapes.has(m.shape) ? [camel(m.shape)] : [])))].sort();
}

/** The enum value lists a literal of these members names (for members not spread from shapes.ts). */
function enumIdentifiersIn(members: readonly RefMember[], skipShared = true): string[] {
  const names = new Set<string>();
  const visit = (shape: RefShape, spread: boolean): void => {
    if (shape.enum && !spread) names.add(enumValuesName(enumName(shape)));
    for (const inner of [shape.member, shape.key, shape.value]) if (inner) visit(inner, false);
  };
  for (const member of members) visit(member, skipShared && member.shape !== undefined && sharedShapes.has(member.shape));
  return [...names].sort();
}

/** The structures a literal of these members names; a member spread from shapes.ts names them there instead. */
function identifiersIn(members: readonly RefMember[], skipShared = true): string[] {
  const names = new Set<string>();
  const visit = (shape: RefShape): void => {
    if (shape.structure) names.add(shape.structure);
    for (const inner of [shape.member, shape.key, shape.value]) if (inner) visit(inner);
  };
  for (const member of members) if (!(skipShared && member.shape !== undefined && sharedShapes.has(member.shape))) visit(member);
  return [...names].sort();
}

const banner = '// Generated by scripts/gen-spec.ts from kms-ops.json: change the generator, not this file.\n';

/** Every module the generator writes, by path: written at the end, or compared with the files (`--check`). */
const modules = new Map<string, string>();

function writeModule(file: string, imports: string[], body: string): void {
  modules.set(file, `${banner}${imports.length > 0 ? `${imports.join('\n')}\n\n` : ''}${body}`);
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
  const enumValues = enumIdentifiersIn([...operation.input, ...operation.output]);
  const uses = new Set<string>();
  const types = [
    interfaceOf(`${operation.name}Input`, operation.input, 'Input', uses, `${operation.name}'s request members, as its handler gets them.`),
    interfaceOf(`${operation.name}Output`, operation.output, 'Output', uses, `${operation.name}'s response members: every one present, undefined where there is no value.`),
  ];
  const imports = [
    ...importShapes(enumValues, './enums'),
    ...importShapes(shapes, './shapes'),
    "import type { OperationSpec } from './types';",
    ...structures.map((s) => `import { ${camel(s)} } from './structures/${camel(s)}';`),
    ...typeImports(uses, 0),
  ];
  writeModule(
    path.join(specDir, `${camel(operation.name)}.ts`),
    imports,
    `export const ${exportName}: OperationSpec<'${operation.name}'> = ${render(literal, '', 0)};\n\n${types.join('\n')}`,
  );
}

function writeStructure(name: string): void {
  const members = reference.structures[name];
  if (!members) throw new Error(`kms-ops.json has no structure ${name}`);
  const literal = members.map(memberLiteral);
  const nested = identifiersIn(members);
  const shapes = sharedShapesIn(members);
  const enumValues = enumIdentifiersIn(members);
  const uses = new Set<string>();
  const types = [
    interfaceOf(name, members, 'Input', uses, `The ${name} structure as a request sends it.`),
    interfaceOf(structureType(name, 'Output'), members, 'Output', uses, `The ${name} structure as a response carries it.`),
  ];
  const imports = [
    ...importShapes(enumValues, '../enums'),
    ...importShapes(shapes, '../shapes'),
    "import type { MemberSpec } from '../types';",
    ...nested.filter((s) => s !== name).map((s) => `import { ${camel(s)} } from './${camel(s)}';`),
    ...typeImports(uses, 1, name),
  ];
  writeModule(
    path.join(specDir, 'structures', `${camel(name)}.ts`),
    imports,
    `/** Members of the ${name} structure. */\nexport const ${camel(name)}: readonly MemberSpec[] = ${render(literal, '', 0)};\n\n${types.join('\n')}`,
  );
}

function writeSharedShapes(): void {
  const entries = [...sharedShapes].sort(([a], [b]) => a.localeCompare(b));
  const body = entries.map(([name, shape]) => `export const ${camel(name)}: ShapeSpec = ${render(shapeLiteral(shape), '', 0)};\n`).join('\n');
  const asMembers = entries.map(([name, shape]) => ({ ...shape, name, required: false }));
  const enumValues = enumIdentifiersIn(asMembers, false);
  // A shared list of structures (TagList) names its structure's member specs.
  const structures = identifiersIn(asMembers, false).map((s) => `import { ${camel(s)} } from './structures/${camel(s)}';`);
  writeModule(
    path.join(specDir, 'shapes.ts'),
    [...importShapes(enumValues, './enums'), ...structures, "import type { ShapeSpec } from './types';"],
    body,
  );
}

function writeEnums(): void {
  const body = [...enums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, values]) =>
        `export const ${enumValuesName(name)} = ${render(values, '', 0)} as const;\nexport type ${name} = (typeof ${enumValuesName(name)})[number];\n`,
    )
    .join('\n');
  writeModule(path.join(specDir, 'enums.ts'), ['/* Every wire enum of the model: its values, and its string-literal union of them. */'], body);
}

/**
 * Errors every AWS JSON service may answer besides the ones its model declares: the protocol's, and
 * the SigV4 check's (the Node server answers those when started with --credentials).
 */
const PROTOCOL_ERRORS = [
  'AccessDeniedException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'SerializationException',
  'UnknownOperationException',
  'UnrecognizedClientException',
  'ValidationException',
];

function writeErrorNames(): void {
  const names = [...new Set([...Object.keys(reference.errorShapes), ...PROTOCOL_ERRORS])].sort();
  const body = `/** Wire names of every error a KMS answer may carry (the \`__type\` of an error body). */\nexport type ErrorName =\n${names
    .map((n) => `  | '${n}'`)
    .join('\n')};\n`;
  writeModule(path.join(specDir, 'ErrorName.ts'), [], body);
}

/** The number alone, for pages that state it without loading any spec. */
function writeOperationCount(count: number): void {
  writeModule(path.join(specDir, 'operationCount.ts'), [], `/** How many operations QKMS serves. */\nexport const OPERATION_COUNT = ${count};\n`);
}

function writeIndex(names: readonly string[], structures: readonly string[]): void {
  const imports = [
    "import type { OperationSpec } from './types';",
    ...names.map((n) => `import { ${camel(n)}Spec, type ${n}Input, type ${n}Output } from './${camel(n)}';`),
  ];
  const union = names.map((n) => `  | '${n}'`).join('\n');
  const body = `export type { FieldError, FieldErrorKind, MemberSpec, MemberType, OperationSpec, ShapeSpec } from './types';
export type { Bytes } from './Bytes';
export type { EncryptionContext } from './EncryptionContext';
export type { ErrorName } from './ErrorName';
export * from './enums';
export { validateInput, isValidInput } from './validateInput';
export { formatValidationMessage } from './formatValidationMessage';
${names.map((n) => `export type { ${n}Input, ${n}Output } from './${camel(n)}';`).join('\n')}
${structures.map((n) => `export type { ${n}, ${n}Output } from './structures/${camel(n)}';`).join('\n')}

/** Wire names of the operations QKMS serves. */
export type OperationName =
${union};

/** Every operation's spec, by wire name; a missing operation is a compile error. */
export const operationSpecs: { readonly [Name in OperationName]: OperationSpec<Name> } = {
${names.map((n) => `  ${n}: ${camel(n)}Spec,`).join('\n')}
};

/** What each operation's handler gets, by wire name. */
export interface OperationInputs {
${names.map((n) => `  readonly ${n}: ${n}Input;`).join('\n')}
}

/** What each operation's handler answers, by wire name. */
export interface OperationOutputs {
${names.map((n) => `  readonly ${n}: ${n}Output;`).join('\n')}
}

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operationSpecs, name);
}
`;
  writeModule(path.join(specDir, 'index.ts'), imports, body);
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

operations.forEach(writeOperation);
const written = new Set<string>();
while (written.size < usedStructures.size) {
  for (const name of [...usedStructures]) {
    if (written.has(name)) continue;
    writeStructure(name);
    written.add(name);
  }
}
writeIndex(
  operations.map((op) => op.name),
  [...written].sort(),
);
writeSharedShapes();
writeEnums();
writeErrorNames();
writeOperationCount(operations.length);
const summary = `${operations.length} operation specs, ${written.size} structures, ${sharedShapes.size} shared shapes and ${enums.size} enums`;
if (process.argv.includes('--check')) {
  const stale = [...modules].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  for (const [file] of stale) console.error(`out of date: ${path.relative(repoRoot, file)}`);
  if (stale.length > 0) {
    console.error('Run `npx tsx scripts/gen-spec.ts` and commit the result.');
    process.exit(1);
  }
  console.log(`up to date: ${summary}`);
} else {
  mkdirSync(path.join(specDir, 'structures'), { recursive: true });
  for (const [file, text] of modules) writeFileSync(file, text);
  console.log(`wrote ${summary}`);
}

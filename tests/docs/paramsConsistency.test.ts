import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOperationName, operationSpecs } from '../../mock-server/spec';
import type { MemberType } from '../../mock-server/spec';
import { extractComponents } from '../../scripts/examples/extractComponents';
import { extractExport } from '../../scripts/examples/extractExport';
import { listOperationPages } from '../../scripts/examples/listOperationPages';
import { readKmsReference } from '../../scripts/kmsReference';
import type { ReferenceOperation } from '../../scripts/kmsReference';

interface DocParameter {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}
interface DocElement {
  readonly name: string;
  readonly description: string;
}

const reference = readKmsReference();
const referenceOps = new Map(reference.operations.map((operation) => [operation.name, operation]));

/*
 * The pages document every input member except the dry-run switches (DryRun, DryRunModifiers),
 * which the Errors concept page covers once for all operations, and members that only the newest
 * botocore models have. The seed ReEncrypt page, whose constants are the contract, does the same.
 */
const UNDOCUMENTED = new Set(['DryRun', 'DryRunModifiers']);
const documentedInput = (operation: ReferenceOperation) =>
  operation.input.filter((member) => !UNDOCUMENTED.has(member.name) && !member.onlyInNewerBotocoreModel);

const DOC_TYPE: Readonly<Record<MemberType, string>> = {
  string: 'string',
  blob: 'blob',
  integer: 'integer',
  long: 'integer',
  boolean: 'boolean',
  timestamp: 'timestamp',
  map: 'object',
  structure: 'object',
  list: 'array',
};

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const docsDir = path.resolve(process.cwd(), 'docs');
const pages = listOperationPages(docsDir).map((page) => {
  const source = readFileSync(path.join(docsDir, page), 'utf8');
  const operation = /^title:\s*(\w+)\s*$/m.exec(source)?.[1] ?? '';
  return { page, source, operation };
});

function specialErrors(source: string): string[] {
  const section = source.split(/^## Special Errors\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\|\s*(\w+)\s*\|/gm)].map((match) => match[1]).filter((name) => name !== 'Error');
}

describe('docs, spec and kms-ops.json', () => {
  it('has one page per operation QKMS serves, named after it in kebab-case', () => {
    expect(pages.map(({ operation }) => operation).sort()).toEqual(Object.keys(operationSpecs).sort());
    for (const { page, operation } of pages) expect(page).toBe(`api/${kebab(operation)}.mdx`);
  });

  describe.each(pages.map((page) => [page.operation, page] as const))('%s', (operation, { source }) => {
    if (!isOperationName(operation)) throw new Error(`${operation} is not an operation QKMS serves.`);
    const spec = operationSpecs[operation];
    const ref = referenceOps.get(operation);
    if (!ref) throw new Error(`kms-ops.json has no ${operation}.`);
    const params = extractExport(source, 'REQUEST_PARAMETERS') as DocParameter[];
    const elements = extractExport(source, 'RESPONSE_ELEMENTS') as DocElement[];
    const headers = extractExport(source, 'HEADER_PARAMETERS') as DocParameter[];

    it('documents every input member of the spec with its required flag', () => {
      const fromDocs = params.map(({ name, required }) => ({ name, required })).sort((a, b) => a.name.localeCompare(b.name));
      const fromSpec = spec.input
        .filter((member) => documentedInput(ref).some((documented) => documented.name === member.name))
        .map(({ name, required }) => ({ name, required }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const fromReference = documentedInput(ref)
        .map(({ name, required }) => ({ name, required }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(fromDocs).toEqual(fromSpec);
      expect(fromDocs).toEqual(fromReference);
    });

    it('gives each parameter the table type of its wire type and a description', () => {
      for (const param of params) {
        const member = spec.input.find((candidate) => candidate.name === param.name);
        expect(param.type, param.name).toBe(member ? DOC_TYPE[member.type] : 'unknown member');
        expect(param.description.length, param.name).toBeGreaterThan(20);
      }
    });

    it('names only response elements the operation returns', () => {
      const outputs = spec.output.map((member) => member.name);
      for (const element of elements) {
        expect(outputs, element.name).toContain(element.name);
        expect(element.description.length, element.name).toBeGreaterThan(10);
      }
      if (spec.output.length > 0) expect(elements.length).toBeGreaterThan(0);
    });

    it('lists only special errors kms-ops.json gives the operation', () => {
      const errors = specialErrors(source);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(ref.errors, error).toContain(error);
      expect(new Set(errors).size).toBe(errors.length);
    });

    it('targets the operation in its headers, examples and tester', () => {
      expect(headers.find((header) => header.name === 'X-Amz-Target')?.description).toBe(
        `Must be "TrentService.${operation}"`,
      );
      const components = extractComponents(source);
      const examples = components.filter((component) => component.name === 'ApiExample');
      expect(examples.length).toBeGreaterThan(1);
      for (const example of examples) {
        expect(example.attributes.request.text).toContain(`"X-Amz-Target": "TrentService.${operation}"`);
      }
      const testers = components.filter((component) => component.name === 'ApiTester');
      expect(testers.map((tester) => tester.attributes.operation?.text)).toEqual([operation]);
      expect(testers[0].attributes.parameters?.text).toBe('REQUEST_PARAMETERS');
    });

    it('names the kms: permission of the operation', () => {
      const permissions = source.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0] ?? '';
      expect(permissions).toMatch(/`kms:\w+`/);
    });
  });
});

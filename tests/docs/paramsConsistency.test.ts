import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOperationName, operationSpecs } from '../../mock-server/spec';
import * as wireErrors from '../../mock-server/wire/errors';
import { keySpecs } from '../../mock-server/model/keys/keySpecs';
import type { MemberType } from '../../mock-server/spec';
import { extractComponents } from '../../scripts/examples/extractComponents';
import { extractExport } from '../../scripts/examples/extractExport';
import { listOperationPages } from '../../scripts/examples/listOperationPages';
import { readKmsReference } from '../../scripts/kmsReference';

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

interface ErrorRow {
  readonly name: string;
  readonly anchor: string;
  readonly status: string;
}

/** The rows of a page's "## Errors" table: `| [Name](../concepts/errors.mdx#anchor) | status | description |`. */
function errorRows(source: string): ErrorRow[] {
  const section = source.split(/^## Errors\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\|\s*[^\s|-]/.test(line) && !/^\|\s*Error\s*\|/.test(line))
    .map((line) => {
      const match = /^\|\s*\[(\w+)\]\(\.\.\/concepts\/errors\.mdx#([\w-]+)\)\s*\|\s*([^|]*?)\s*\|/.exec(line);
      if (!match) throw new Error(`Not a linked error row with a status: ${line}`);
      return { name: match[1], anchor: match[2], status: match[3] };
    });
}

/*
 * The status each wire exception is answered with, read from its constructor in mock-server/wire/errors.ts
 * (every constructor takes its message first), so a table that states another status fails.
 */
const backendStatus = new Map<string, string>(
  Object.values(wireErrors).map((construct) => {
    const error = construct('message');
    return [error.name, String(error.status)] as const;
  }),
);

const errorsPage = readFileSync(path.join(docsDir, 'concepts/errors.mdx'), 'utf8');
/** The concept page's anchors: `<Link id="…" />` in its table of errors (the broken-anchor check sees Link ids). */
const errorAnchors = new Set([...errorsPage.matchAll(/<Link id="([\w-]+)" \/>/g)].map((match) => match[1]));

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

    /*
     * Every member of the model, the dry-run switches and the members only the newest models have
     * included: a member QKMS does not honour says so in its row, so none is left out.
     */
    it('documents every input member of the model with its required flag', () => {
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      const fromDocs = params.map(({ name, required }) => ({ name, required })).sort(byName);
      const fromSpec = spec.input.map(({ name, required }) => ({ name, required })).sort(byName);
      const fromReference = ref.input.map(({ name, required }) => ({ name, required })).sort(byName);
      expect(fromDocs).toEqual(fromReference);
      expect(fromDocs).toEqual(fromSpec);
    });

    it('gives each parameter the table type of its wire type and a description', () => {
      for (const param of params) {
        const member = spec.input.find((candidate) => candidate.name === param.name);
        expect(param.type, param.name).toBe(member ? DOC_TYPE[member.type] : 'unknown member');
        expect(param.description.length, param.name).toBeGreaterThan(20);
      }
    });

    it('documents every output member of the model, once each, with a description', () => {
      const names = elements.map((element) => element.name);
      expect([...names].sort()).toEqual(ref.output.map((member) => member.name).sort());
      expect([...names].sort()).toEqual(spec.output.map((member) => member.name).sort());
      expect(new Set(names).size).toBe(names.length);
      for (const element of elements) expect(element.description.length, element.name).toBeGreaterThan(10);
    });

    it('lists only errors kms-ops.json gives the operation', () => {
      const errors = errorRows(source).map((row) => row.name);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(ref.errors, error).toContain(error);
      expect(new Set(errors).size).toBe(errors.length);
    });

    it('gives each error the HTTP status the backend answers it with, and links it to its entry on the errors page', () => {
      for (const row of errorRows(source)) {
        expect(row.status, row.name).toBe(backendStatus.get(row.name));
        expect(row.anchor, row.name).toBe(row.name.toLowerCase());
        expect(errorAnchors.has(row.anchor), `concepts/errors.mdx has no anchor ${row.anchor}`).toBe(true);
      }
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

  describe('the errors concept page', () => {
    const rows = [...errorsPage.matchAll(/^\|\s*<Link id="([\w-]+)" \/>`(\w+)`\s*\|\s*([^|]*?)\s*\|/gm)].map((match) => ({
      anchor: match[1],
      name: match[2],
      status: match[3],
    }));

    it('has a row, with an anchor, for every error the backend can answer', () => {
      expect(rows.map((row) => row.name).sort()).toEqual([...backendStatus.keys()].sort());
      for (const row of rows) expect(row.anchor, row.name).toBe(row.name.toLowerCase());
    });

    it('states the status of each error as its constructor does', () => {
      for (const row of rows) {
        // UnknownOperationException is 400 by default; the wrong path or method answers 404 or 405.
        const status = row.name === 'UnknownOperationException' ? row.status.split(',')[0] : row.status;
        expect(status, row.name).toBe(backendStatus.get(row.name));
      }
    });
  });

  it('states on the Encrypt page the RSA plaintext limits the backend enforces', () => {
    const encryptPage = readFileSync(path.join(docsDir, 'api/encrypt.mdx'), 'utf8');
    const rows = [...encryptPage.matchAll(/^\|\s*`(RSA_\d+)`\s*\|\s*(\d+) bytes\s*\|\s*(\d+) bytes\s*\|/gm)];
    const rsaSpecs = ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const;
    expect(rows.map((row) => row[1])).toEqual([...rsaSpecs]);
    for (const [index, spec] of rsaSpecs.entries()) {
      const [, , sha1, sha256] = rows[index];
      const limits = keySpecs[spec].maxPlaintext;
      expect({ sha1: Number(sha1), sha256: Number(sha256) }, spec).toEqual({
        sha1: limits?.RSAES_OAEP_SHA_1,
        sha256: limits?.RSAES_OAEP_SHA_256,
      });
    }
  });
});

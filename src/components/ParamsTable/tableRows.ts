import { acceptedValuesOf, isOperationName, type OperationSpec } from '../../../mock-server';
import { describeConstraints } from './describeConstraints';
import type { ConstraintLine } from './describeConstraints';
import { typeLabel } from './typeLabel';
import type { ParameterRow, ResponseElementRow, TableKind } from './types';

export interface TableRow {
  /** Anchor id, e.g. request-CiphertextBlob. */
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** Undefined for response elements, which are never "required". */
  readonly required?: boolean;
  readonly description: string;
  readonly constraints: readonly ConstraintLine[];
}

export interface Table {
  readonly kind: TableKind;
  readonly rows: readonly TableRow[];
}

// Body members are PascalCase words; HTTP header names carry a hyphen.
const isHeaderName = (name: string): boolean => name.includes('-');

function headerConstraints(name: string, operation: string | undefined): ConstraintLine[] {
  switch (name.toLowerCase()) {
    case 'content-type':
      return [{ text: 'Exactly:', values: ['application/x-amz-json-1.1'] }];
    case 'x-amz-target':
      return [{ text: 'Exactly:', values: [`TrentService.${operation ?? '<Operation>'}`] }];
    default:
      return [];
  }
}

/** The values QKMS takes for a member of the page's operation, where it takes fewer than the model lists. */
const acceptedFor = (spec: OperationSpec | undefined, member: string): readonly string[] | undefined =>
  spec && isOperationName(spec.name) ? acceptedValuesOf(spec.name, member) : undefined;

function pageConstraints(text: string | undefined): ConstraintLine[] | undefined {
  return text === undefined ? undefined : [{ text }];
}

export function requestTable(rows: readonly ParameterRow[], spec: OperationSpec | undefined): Table {
  const kind: TableKind = rows.length > 0 && rows.every((row) => isHeaderName(row.name)) ? 'header' : 'request';
  return {
    kind,
    rows: rows.map((row) => {
      const member = spec?.input.find((candidate) => candidate.name === row.name);
      const derived =
        kind === 'header' ? headerConstraints(row.name, spec?.name) : member ? describeConstraints(member, acceptedFor(spec, row.name)) : [];
      return {
        id: `${kind}-${row.name}`,
        name: row.name,
        type: row.type,
        required: row.required,
        description: row.description,
        constraints: pageConstraints(row.constraints) ?? derived,
      };
    }),
  };
}

export function responseTable(rows: readonly ResponseElementRow[], spec: OperationSpec | undefined): Table {
  return {
    kind: 'response',
    rows: rows.map((row) => {
      const member = spec?.output.find((candidate) => candidate.name === row.name);
      return {
        id: `response-${row.name}`,
        name: row.name,
        type: row.type ?? (member ? typeLabel(member) : '—'),
        description: row.description,
        constraints: pageConstraints(row.constraints) ?? (member ? describeConstraints(member, acceptedFor(spec, row.name)) : []),
      };
    }),
  };
}

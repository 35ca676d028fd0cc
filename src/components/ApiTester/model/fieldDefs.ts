import type { MemberSpec, OperationSpec } from '../../../../mock-server';
import type { ParameterRow } from '../../ParamsTable/types';

/** How the form edits a member: its input control, and how its text becomes JSON. */
export type FieldKind = 'string' | 'enum' | 'blob' | 'integer' | 'boolean' | 'map' | 'list' | 'json';

export interface FieldDef {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly description: string;
  /** Allowed values of an enum, or of a list's items. */
  readonly options?: readonly string[];
  readonly spec?: MemberSpec;
}

function kindFromSpec(member: MemberSpec): FieldKind {
  switch (member.type) {
    case 'string':
      return member.enum ? 'enum' : 'string';
    case 'timestamp':
      return 'string';
    case 'blob':
      return 'blob';
    case 'integer':
    case 'long':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'map':
      return member.value?.type === 'string' ? 'map' : 'json';
    case 'list':
      return member.member?.type === 'string' ? 'list' : 'json';
    default:
      return 'json';
  }
}

function kindFromPage(type: string): FieldKind {
  switch (type.toLowerCase()) {
    case 'blob':
      return 'blob';
    case 'object':
    case 'map':
      return 'map';
    case 'array':
    case 'list':
      return 'list';
    case 'integer':
    case 'long':
    case 'number':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** The form's fields: the page's parameters, in the page's order, typed by the backend spec where it knows them. */
export function fieldDefs(parameters: readonly ParameterRow[], spec: OperationSpec | undefined): FieldDef[] {
  return parameters.map((row) => {
    const member = spec?.input.find((candidate) => candidate.name === row.name);
    const kind = member ? kindFromSpec(member) : kindFromPage(row.type);
    const options = member?.enum ?? member?.member?.enum;
    return {
      name: row.name,
      kind,
      required: member?.required ?? row.required,
      description: row.description,
      ...(options ? { options } : {}),
      ...(member ? { spec: member } : {}),
    };
  });
}

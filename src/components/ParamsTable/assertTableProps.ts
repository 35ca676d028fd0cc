import type { ParameterRow, ResponseElementRow } from './types';

export interface ParamsTableProps {
  readonly parameters?: readonly ParameterRow[];
  readonly responseElements?: readonly ResponseElementRow[];
  readonly type?: 'request' | 'response';
}

export type CheckedTableProps =
  | { readonly kind: 'parameters'; readonly rows: readonly ParameterRow[] }
  | { readonly kind: 'response'; readonly rows: readonly ResponseElementRow[] };

/** Misuse in MDX fails the build with a message that names the component and the fix. */
export function assertTableProps(props: ParamsTableProps): CheckedTableProps {
  const { parameters, responseElements, type } = props;
  if (parameters !== undefined && responseElements !== undefined) {
    throw new Error(
      'ParamsTable: pass either `parameters` (request body or header rows) or `responseElements` with type="response", not both. Split them into two <ParamsTable> elements.',
    );
  }
  if (parameters === undefined && responseElements === undefined) {
    throw new Error(
      'ParamsTable: no rows given. Use <ParamsTable parameters={REQUEST_PARAMETERS} /> or <ParamsTable responseElements={RESPONSE_ELEMENTS} type="response" />.',
    );
  }
  if (parameters !== undefined) {
    if (type === 'response') {
      throw new Error(
        'ParamsTable: type="response" needs `responseElements`, not `parameters`. Write <ParamsTable responseElements={RESPONSE_ELEMENTS} type="response" />.',
      );
    }
    if (!Array.isArray(parameters)) throw new Error('ParamsTable: `parameters` must be an array of {name, type, required, description}.');
    return { kind: 'parameters', rows: parameters };
  }
  if (!Array.isArray(responseElements)) throw new Error('ParamsTable: `responseElements` must be an array of {name, description}.');
  return { kind: 'response', rows: responseElements ?? [] };
}

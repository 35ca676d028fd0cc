import type { ParameterRow } from '../ParamsTable/types';

export interface ApiTesterProps {
  /** Wire name, e.g. "ReEncrypt". */
  readonly operation: string;
  readonly description: string;
  /** The page's request parameters: the form's fields, in order. */
  readonly parameters: readonly ParameterRow[];
  /** Shown before the first send, as what a success looks like. */
  readonly exampleResponse?: unknown;
}

/** Misuse in MDX fails the build with a message that names the component and the fix. */
export function assertTesterProps(props: ApiTesterProps): void {
  if (typeof props.operation !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(props.operation)) {
    throw new Error('ApiTester: `operation` must be the wire name of the operation, e.g. operation="ReEncrypt".');
  }
  if (!Array.isArray(props.parameters)) {
    throw new Error('ApiTester: `parameters` must be the page’s request parameters array, e.g. parameters={REQUEST_PARAMETERS}.');
  }
}

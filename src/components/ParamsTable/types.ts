/** A row of a request or header table, as pages write it. */
export interface ParameterRow {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  /** Overrides the constraints taken from the backend spec. */
  readonly constraints?: string;
}

/** A row of a response table, as pages write it; the type comes from the spec unless given. */
export interface ResponseElementRow {
  readonly name: string;
  readonly description: string;
  readonly type?: string;
  readonly constraints?: string;
}

export type TableKind = 'header' | 'request' | 'response';

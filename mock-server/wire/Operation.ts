import type { OperationInputs, OperationName, OperationOutputs } from '../spec';
import type { Context } from './Context';

/**
 * An operation's handler, typed from the generated spec: its validated input in (blobs as bytes,
 * absent members undefined), every member of its response out (timestamps as epoch seconds).
 */
export type Operation<Name extends OperationName> = (
  input: OperationInputs[Name],
  ctx: Context,
) => Promise<OperationOutputs[Name]>;

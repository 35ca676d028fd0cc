import type { Context } from './Context';

/** An operation: validated input in, the response members out (blobs as Uint8Array, timestamps as epoch seconds). */
export type Handler = (input: Readonly<Record<string, unknown>>, ctx: Context) => Promise<object>;

/**
 * Types an operation's input once, here: the dispatcher has already checked the body against
 * the operation's spec, so the members have the types the spec gives them.
 */
export function defineOperation<Input extends object>(run: (input: Input, ctx: Context) => Promise<object>): Handler {
  return (input, ctx) => run(input as unknown as Input, ctx);
}

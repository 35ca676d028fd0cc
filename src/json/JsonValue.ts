/** A value JSON can carry as is: what request bodies, responses and the tester's state are made of. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export interface JsonObject {
  readonly [name: string]: JsonValue;
}

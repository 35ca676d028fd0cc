/** Bytes backed by a plain ArrayBuffer, the kind crypto.subtle accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

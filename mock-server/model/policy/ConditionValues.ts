/**
 * The condition keys of one request and their values, keyed by lower-cased key name (condition keys
 * match case-insensitively). A key with no entry is absent from the request.
 */
export type ConditionValues = ReadonlyMap<string, readonly string[]>;

import type { JsonObject, JsonValue } from './JsonValue';

/** True for `{…}`: a request body, unlike an array or a scalar. */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

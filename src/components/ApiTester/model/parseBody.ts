import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';

/** The JSON editor's text as a request body, or why it is not one. */
export type ParsedBody = { readonly body: JsonObject; readonly error?: undefined } | { readonly body?: undefined; readonly error: string };

export function parseBody(text: string): ParsedBody {
  try {
    const parsed: JsonValue = JSON.parse(text);
    if (!isJsonObject(parsed)) return { error: 'The request body must be a JSON object: { "Name": value, … }.' };
    return { body: parsed };
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

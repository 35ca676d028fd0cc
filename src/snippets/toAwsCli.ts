import type { MemberType } from '../../mock-server';
import type { JsonObject, JsonValue } from '../json/JsonValue';
import { isJsonObject } from '../json/isJsonObject';
import { kebabCase } from './kebabCase';
import { memberType } from './memberType';
import { shellQuote } from './shellQuote';
import { callerNote } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

const shorthandWord = /^[A-Za-z0-9_.-]+$/;

function mapArgument(value: JsonObject): string {
  const entries = Object.entries(value);
  const simple =
    entries.length > 0 &&
    entries.every(([key, inner]) => shorthandWord.test(key) && typeof inner === 'string' && shorthandWord.test(inner));
  if (!simple) return shellQuote(JSON.stringify(value));
  return entries.map(([key, inner]) => `${key}=${String(inner)}`).join(',');
}

/**
 * One `--option value` pair. Blobs go through `fileb://` so the CLI sends the decoded bytes whatever
 * `cli_binary_format` is configured (v1 reads blob strings as raw text, v2 as base64; fileb:// means bytes in both).
 */
function argument(name: string, value: JsonValue, type: MemberType | undefined): string | undefined {
  const option = `--${kebabCase(name)}`;
  if (typeof value === 'boolean') return value ? option : `--no-${kebabCase(name)}`;
  if (type === 'blob' && typeof value === 'string') return `${option} fileb://<(echo ${shellQuote(value)} | base64 -d)`;
  // The CLI would read a value that starts with "-" (a PEM certificate) as another option: attach it with "=".
  if (typeof value === 'string') return value.startsWith('-') ? `${option}=${shellQuote(value)}` : `${option} ${shellQuote(value)}`;
  if (typeof value === 'number') return `${option} ${value}`;
  if (type === 'map' && isJsonObject(value)) return `${option} ${mapArgument(value)}`;
  const scalarList =
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' || typeof item === 'number');
  if (scalarList) return `${option} ${value.map((item) => shellQuote(String(item))).join(' ')}`;
  if (value === null) return undefined;
  return `${option} ${shellQuote(JSON.stringify(value))}`;
}

/** AWS CLI (v1 or v2, bash or zsh) against the local mock server. */
export function toAwsCli({ operation, body, endpoint }: SnippetInput): string {
  const words = [
    `AWS_ACCESS_KEY_ID=${endpoint.accessKeyId} AWS_SECRET_ACCESS_KEY=${endpoint.secretAccessKey} \\\naws kms ${kebabCase(operation)}`,
    `--endpoint-url ${endpoint.url}`,
    `--region ${endpoint.region}`,
  ];
  for (const [name, value] of Object.entries(body)) {
    const word = argument(name, value, memberType(operation, name));
    if (word !== undefined) words.push(word);
  }
  const note = callerNote(endpoint);
  return `${note === undefined ? '' : `# ${note}\n`}${words.join(' \\\n  ')}`;
}

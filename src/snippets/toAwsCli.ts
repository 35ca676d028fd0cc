import type { MemberSpec } from '../../mock-server';
import { kebabCase } from './kebabCase';
import { memberNamed } from './memberNamed';
import { operationFromRequest } from './operationFromRequest';
import { sandboxEndpoint } from './sandboxEndpoint';
import { shellQuote } from './shellQuote';
import type { ExampleRequest } from './types';

const shorthandWord = /^[A-Za-z0-9_.-]+$/;

function mapArgument(value: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(value);
  const simple =
    entries.length > 0 &&
    entries.every(([key, inner]) => shorthandWord.test(key) && typeof inner === 'string' && shorthandWord.test(inner));
  if (!simple) return shellQuote(JSON.stringify(value));
  return entries.map(([key, inner]) => `${key}=${String(inner)}`).join(',');
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One `--option value` pair. Blobs go through `fileb://` so the CLI sends the decoded bytes whatever
 * `cli_binary_format` is configured (v1 reads blob strings as raw text, v2 as base64; fileb:// means bytes in both).
 */
function argument(name: string, value: unknown, member: MemberSpec | undefined): string | undefined {
  const option = `--${kebabCase(name)}`;
  const type = member?.type;
  if (typeof value === 'boolean') return value ? option : `--no-${kebabCase(name)}`;
  if (type === 'blob' && typeof value === 'string') return `${option} fileb://<(echo ${shellQuote(value)} | base64 -d)`;
  if (typeof value === 'string') return `${option} ${shellQuote(value)}`;
  if (typeof value === 'number') return `${option} ${value}`;
  if (type === 'map' && isRecord(value)) return `${option} ${mapArgument(value)}`;
  const scalarList =
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' || typeof item === 'number');
  if (scalarList) return `${option} ${value.map((item) => shellQuote(String(item))).join(' ')}`;
  if (value === null || value === undefined) return undefined;
  return `${option} ${shellQuote(JSON.stringify(value))}`;
}

/** AWS CLI (v1 or v2, bash or zsh) against the local mock server. */
export function toAwsCli(request: ExampleRequest, members: readonly MemberSpec[]): string {
  const operation = operationFromRequest(request) ?? 'Unknown';
  const words = [
    `AWS_ACCESS_KEY_ID=${sandboxEndpoint.accessKeyId} AWS_SECRET_ACCESS_KEY=${sandboxEndpoint.secretAccessKey} \\\naws kms ${kebabCase(operation)}`,
    `--endpoint-url ${sandboxEndpoint.url}`,
    `--region ${sandboxEndpoint.region}`,
  ];
  for (const [name, value] of Object.entries(request.body)) {
    const word = argument(name, value, memberNamed(members, name));
    if (word !== undefined) words.push(word);
  }
  return words.join(' \\\n  ');
}

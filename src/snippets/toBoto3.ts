import { memberSpec } from './memberSpec';
import { pythonValue } from './pythonValue';
import type { PythonImport } from './pythonValue';
import { snakeCase } from './snakeCase';
import { callerNote } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

const importLines: Readonly<Record<PythonImport, string>> = {
  base64: 'import base64',
  datetime: 'from datetime import datetime, timezone',
};

/** Python with boto3; blobs are bytes in boto3 (it base64-encodes them itself), so the example decodes them. */
export function toBoto3({ operation, body, endpoint }: SnippetInput): string {
  const imports = new Set<PythonImport>();
  const args = Object.entries(body).map(
    ([name, value]) => `    ${name}=${pythonValue(value, memberSpec(operation, name), '    ', imports)},`,
  );
  const call = args.length === 0 ? `kms.${snakeCase(operation)}()` : `kms.${snakeCase(operation)}(\n${args.join('\n')}\n)`;
  const note = callerNote(endpoint);
  const standard = [...imports].sort().map((name) => importLines[name]);
  return [
    ...(standard.length > 0 ? [...standard, ''] : []),
    'import boto3',
    '',
    ...(note === undefined ? [] : [`# ${note}`]),
    'kms = boto3.client(',
    '    "kms",',
    `    endpoint_url=${JSON.stringify(endpoint.url)},`,
    `    region_name=${JSON.stringify(endpoint.region)},`,
    `    aws_access_key_id=${JSON.stringify(endpoint.accessKeyId)},`,
    `    aws_secret_access_key=${JSON.stringify(endpoint.secretAccessKey)},`,
    ')',
    '',
    `response = ${call}`,
    'print(response)',
  ].join('\n');
}

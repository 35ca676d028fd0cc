import { memberType } from './memberType';
import { pythonLiteral } from './pythonLiteral';
import { snakeCase } from './snakeCase';
import type { SnippetInput } from './SnippetInput';

/** Python with boto3; blobs are bytes in boto3 (it base64-encodes them itself), so the example decodes them. */
export function toBoto3({ operation, body, endpoint }: SnippetInput): string {
  const entries = Object.entries(body);
  const usesBlob = entries.some(([name, value]) => memberType(operation, name) === 'blob' && typeof value === 'string');
  const args = entries.map(([name, value]) => {
    const blob = memberType(operation, name) === 'blob' && typeof value === 'string';
    const expression = blob ? `base64.b64decode(${JSON.stringify(value)})` : pythonLiteral(value, '    ');
    return `    ${name}=${expression},`;
  });
  const call = args.length === 0 ? `kms.${snakeCase(operation)}()` : `kms.${snakeCase(operation)}(\n${args.join('\n')}\n)`;
  return [
    ...(usesBlob ? ['import base64', ''] : []),
    'import boto3',
    '',
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

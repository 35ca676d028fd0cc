import type { MemberSpec } from '../../mock-server';
import { memberNamed } from './memberNamed';
import { operationFromRequest } from './operationFromRequest';
import { pythonLiteral } from './pythonLiteral';
import { sandboxEndpoint } from './sandboxEndpoint';
import { snakeCase } from './snakeCase';
import type { ExampleRequest } from './types';

/** Python with boto3; blobs are bytes in boto3 (it base64-encodes them itself), so the example decodes them. */
export function toBoto3(request: ExampleRequest, members: readonly MemberSpec[]): string {
  const operation = operationFromRequest(request) ?? 'Unknown';
  const entries = Object.entries(request.body);
  const usesBlob = entries.some(([name, value]) => memberNamed(members, name)?.type === 'blob' && typeof value === 'string');
  const args = entries.map(([name, value]) => {
    const blob = memberNamed(members, name)?.type === 'blob' && typeof value === 'string';
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
    `    endpoint_url=${JSON.stringify(sandboxEndpoint.url)},`,
    `    region_name=${JSON.stringify(sandboxEndpoint.region)},`,
    `    aws_access_key_id=${JSON.stringify(sandboxEndpoint.accessKeyId)},`,
    `    aws_secret_access_key=${JSON.stringify(sandboxEndpoint.secretAccessKey)},`,
    ')',
    '',
    `response = ${call}`,
    'print(response)',
  ].join('\n');
}

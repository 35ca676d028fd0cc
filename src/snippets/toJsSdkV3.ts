import type { MemberSpec } from '../../mock-server';
import { jsKey, jsLiteral } from './jsLiteral';
import { memberNamed } from './memberNamed';
import { operationFromRequest } from './operationFromRequest';
import { sandboxEndpoint } from './sandboxEndpoint';
import type { ExampleRequest } from './types';

/** An ES module for Node 18+ using @aws-sdk/client-kms; blobs are bytes in the SDK, so base64 is decoded. */
export function toJsSdkV3(request: ExampleRequest, members: readonly MemberSpec[]): string {
  const operation = operationFromRequest(request) ?? 'Unknown';
  const command = `${operation}Command`;
  const input = Object.entries(request.body).map(([name, value]) => {
    const blob = memberNamed(members, name)?.type === 'blob' && typeof value === 'string';
    const expression = blob ? `Buffer.from(${JSON.stringify(value)}, "base64")` : jsLiteral(value, '    ');
    return `    ${jsKey(name)}: ${expression},`;
  });
  const inputLiteral = input.length === 0 ? '{}' : `{\n${input.join('\n')}\n  }`;
  return [
    `import { KMSClient, ${command} } from "@aws-sdk/client-kms";`,
    '',
    'const client = new KMSClient({',
    `  endpoint: ${JSON.stringify(sandboxEndpoint.url)},`,
    `  region: ${JSON.stringify(sandboxEndpoint.region)},`,
    `  credentials: { accessKeyId: ${JSON.stringify(sandboxEndpoint.accessKeyId)}, secretAccessKey: ${JSON.stringify(sandboxEndpoint.secretAccessKey)} },`,
    '});',
    '',
    'const response = await client.send(',
    `  new ${command}(${inputLiteral}),`,
    ');',
    'console.log(response);',
  ].join('\n');
}

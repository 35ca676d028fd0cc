import { jsKey } from './jsLiteral';
import { jsValue } from './jsValue';
import { memberSpec } from './memberSpec';
import { callerNote } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

/** An ES module for Node 18+ using @aws-sdk/client-kms; blobs are bytes in the SDK, so base64 is decoded. */
export function toJsSdkV3({ operation, body, endpoint }: SnippetInput): string {
  const command = `${operation}Command`;
  const input = Object.entries(body).map(
    ([name, value]) => `    ${jsKey(name)}: ${jsValue(value, memberSpec(operation, name), '    ')},`,
  );
  const inputLiteral = input.length === 0 ? '{}' : `{\n${input.join('\n')}\n  }`;
  const note = callerNote(endpoint);
  return [
    `import { KMSClient, ${command} } from "@aws-sdk/client-kms";`,
    '',
    ...(note === undefined ? [] : [`// ${note}`]),
    'const client = new KMSClient({',
    `  endpoint: ${JSON.stringify(endpoint.url)},`,
    `  region: ${JSON.stringify(endpoint.region)},`,
    `  credentials: { accessKeyId: ${JSON.stringify(endpoint.accessKeyId)}, secretAccessKey: ${JSON.stringify(endpoint.secretAccessKey)} },`,
    '});',
    '',
    'const response = await client.send(',
    `  new ${command}(${inputLiteral}),`,
    ');',
    'console.log(response);',
  ].join('\n');
}

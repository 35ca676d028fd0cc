import { isOperationName, operationSpecs } from '../../mock-server';
import { javaBuilder, javaString } from './javaLiteral';
import { callerNote } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

function importLines(imports: ReadonlySet<string>): string[] {
  const sorted = [...imports].sort();
  const standard = sorted.filter((name) => name.startsWith('java.'));
  const sdk = sorted.filter((name) => !name.startsWith('java.'));
  return [...standard, ...(standard.length > 0 && sdk.length > 0 ? [''] : []), ...sdk].map((name) => (name ? `import ${name};` : ''));
}

/**
 * A Java class using AWS SDK for Java 2.x: the client's endpointOverride points at the mock server, the
 * request is built with the SDK's request builder, blobs are SdkBytes decoded from the wire's base64.
 */
export function toJavaSdkV2({ operation, body, endpoint }: SnippetInput): string {
  const method = operation.charAt(0).toLowerCase() + operation.slice(1);
  const imports = new Set([
    'java.net.URI',
    'software.amazon.awssdk.auth.credentials.AwsBasicCredentials',
    'software.amazon.awssdk.auth.credentials.StaticCredentialsProvider',
    'software.amazon.awssdk.regions.Region',
    'software.amazon.awssdk.services.kms.KmsClient',
    `software.amazon.awssdk.services.kms.model.${operation}Request`,
    `software.amazon.awssdk.services.kms.model.${operation}Response`,
  ]);
  const members = isOperationName(operation) ? operationSpecs[operation].input : undefined;
  const request = javaBuilder(`${operation}Request`, body, members, imports, '            ');
  const credentials = `AwsBasicCredentials.create(${javaString(endpoint.accessKeyId)}, ${javaString(endpoint.secretAccessKey)})`;
  return [
    ...importLines(imports),
    '',
    `public class ${operation}Example {`,
    '    public static void main(String[] args) {',
    ...(callerNote(endpoint) === undefined ? [] : [`        // ${callerNote(endpoint)}`]),
    '        try (KmsClient kms = KmsClient.builder()',
    `                .endpointOverride(URI.create(${javaString(endpoint.url)}))`,
    `                .region(Region.of(${javaString(endpoint.region)}))`,
    `                .credentialsProvider(StaticCredentialsProvider.create(${credentials}))`,
    '                .build()) {',
    `            ${operation}Request request = ${request};`,
    `            ${operation}Response response = kms.${method}(request);`,
    '            System.out.println(response);',
    '        }',
    '    }',
    '}',
  ].join('\n');
}

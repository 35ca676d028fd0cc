import { isOperationName, operationSpecs } from '../../mock-server';
import { goString, goStructFields } from './goLiteral';
import type { GoProgramParts } from './goLiteral';
import { callerNote } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

const sdk = 'github.com/aws/aws-sdk-go-v2';

function importBlock(imports: ReadonlySet<string>): string {
  const standard = [...imports].filter((path) => !path.includes('.')).sort();
  const modules = [...imports].filter((path) => path.includes('.')).sort();
  const groups = [standard, modules].filter((group) => group.length > 0).map((group) => group.map((path) => `\t"${path}"`).join('\n'));
  return `import (\n${groups.join('\n\n')}\n)`;
}

const fatalOnError = ['\tif err != nil {', '\t\tlog.Fatal(err)', '\t}'];

/**
 * A Go program using AWS SDK for Go v2: the client's BaseEndpoint points at the mock server, blobs are
 * `[]byte` decoded from the base64 the wire carries, scalars take the SDK's pointer helpers (aws.String,
 * aws.Int32, aws.Bool) and enums the SDK's typed strings.
 */
export function toGoSdkV2({ operation, body, endpoint }: SnippetInput): string {
  const parts: GoProgramParts = {
    blobs: [],
    imports: new Set(['context', 'encoding/json', 'fmt', 'log', `${sdk}/aws`, `${sdk}/config`, `${sdk}/credentials`, `${sdk}/service/kms`]),
  };
  const members = isOperationName(operation) ? operationSpecs[operation].input : undefined;
  const fields = goStructFields(body, members, parts, '\t\t');
  const input = fields === '' ? `&kms.${operation}Input{}` : `&kms.${operation}Input{\n${fields}\n\t}`;
  const blobLines = parts.blobs.flatMap(({ name, base64 }) => [
    `\t${name}, err := base64.StdEncoding.DecodeString(${goString(base64)})`,
    ...fatalOnError,
  ]);
  return [
    'package main',
    '',
    importBlock(parts.imports),
    '',
    'func main() {',
    ...(callerNote(endpoint) === undefined ? [] : [`\t// ${callerNote(endpoint)}`]),
    '\tctx := context.Background()',
    '\tcfg, err := config.LoadDefaultConfig(ctx,',
    `\t\tconfig.WithRegion(${goString(endpoint.region)}),`,
    `\t\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(${goString(endpoint.accessKeyId)}, ${goString(endpoint.secretAccessKey)}, "")),`,
    '\t)',
    ...fatalOnError,
    '\tclient := kms.NewFromConfig(cfg, func(o *kms.Options) {',
    `\t\to.BaseEndpoint = aws.String(${goString(endpoint.url)})`,
    '\t})',
    '',
    ...(blobLines.length > 0 ? [...blobLines, ''] : []),
    `\tout, err := client.${operation}(ctx, ${input})`,
    ...fatalOnError,
    '\tresponse, err := json.MarshalIndent(out, "", "  ")',
    ...fatalOnError,
    '\tfmt.Println(string(response))',
    '}',
  ].join('\n');
}

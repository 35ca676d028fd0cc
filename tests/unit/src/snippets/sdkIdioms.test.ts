import { describe, expect, it } from 'vitest';
import { keySpecValues } from '../../../../mock-server/spec/enums';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { enumTypeName } from '../../../../src/snippets/enumTypeName';
import { goValue } from '../../../../src/snippets/goLiteral';
import { javaArguments, javaSetterName } from '../../../../src/snippets/javaLiteral';
import { jsValue } from '../../../../src/snippets/jsValue';
import { pythonValue } from '../../../../src/snippets/pythonValue';
import type { PythonImport } from '../../../../src/snippets/pythonValue';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import type { SnippetInput } from '../../../../src/snippets/SnippetInput';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toGoSdkV2 } from '../../../../src/snippets/toGoSdkV2';
import { toJavaSdkV2 } from '../../../../src/snippets/toJavaSdkV2';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';

const request = (operation: string, body: JsonObject): SnippetInput => ({ operation, body, endpoint: sandboxEndpoint });

const createKey = request('CreateKey', {
  KeySpec: 'RSA_4096',
  KeyUsage: 'SIGN_VERIFY',
  Tags: [{ TagKey: 'Team', TagValue: 'Payments' }],
  BypassPolicyLockoutSafetyCheck: true,
  MultiRegion: false,
});
const generateDataKey = request('GenerateDataKey', {
  KeyId: 'alias/ExampleAlias',
  NumberOfBytes: 32,
  EncryptionContext: { Department: 'Finance' },
  GrantTokens: ['token1'],
  Recipient: { AttestationDocument: 'AAEC', KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
});

describe('Go SDK v2 snippets', () => {
  it('points the client at the mock server through BaseEndpoint', () => {
    const code = toGoSdkV2(createKey);
    expect(code).toContain('client := kms.NewFromConfig(cfg, func(o *kms.Options) {');
    expect(code).toContain('o.BaseEndpoint = aws.String("http://127.0.0.1:4599")');
    expect(code).toContain('out, err := client.CreateKey(ctx, &kms.CreateKeyInput{');
  });

  it('writes strings, integers and nullable booleans through the SDK’s pointer helpers', () => {
    const code = toGoSdkV2(generateDataKey);
    expect(code).toContain('KeyId:         aws.String("alias/ExampleAlias"),');
    expect(code).toContain('NumberOfBytes: aws.Int32(32),');
    expect(toGoSdkV2(createKey)).toContain('MultiRegion:                    aws.Bool(false),');
  });

  it('writes BypassPolicyLockoutSafetyCheck as the plain bool the SDK declares', () => {
    expect(toGoSdkV2(createKey)).toContain('BypassPolicyLockoutSafetyCheck: true,');
  });

  it('writes enums as the SDK’s typed strings and slices of enums with bare constants', () => {
    expect(toGoSdkV2(createKey)).toContain('KeySpec:  types.KeySpec("RSA_4096"),');
    const grant = toGoSdkV2(request('CreateGrant', { KeyId: 'k', GranteePrincipal: 'p', Operations: ['Encrypt', 'Decrypt'] }));
    expect(grant).toContain('Operations:       []types.GrantOperation{"Encrypt", "Decrypt"},');
  });

  it('decodes blobs, nested ones too, into []byte variables before the call', () => {
    const code = toGoSdkV2(generateDataKey);
    expect(code).toContain('attestationDocument, err := base64.StdEncoding.DecodeString("AAEC")');
    expect(code).toContain('Recipient: &types.RecipientInfo{');
    expect(code).toContain('AttestationDocument:    attestationDocument,');
  });

  it('writes maps, slices and lists of structures as Go literals', () => {
    const code = toGoSdkV2(generateDataKey);
    expect(code).toContain('EncryptionContext: map[string]string{\n\t\t\t"Department": "Finance",\n\t\t},');
    expect(code).toContain('GrantTokens: []string{"token1"},');
    expect(toGoSdkV2(createKey)).toContain('Tags: []types.Tag{\n\t\t\t{\n\t\t\t\tTagKey:   aws.String("Team"),');
  });

  it('imports only what the program uses', () => {
    const code = toGoSdkV2(request('DescribeKey', { KeyId: 'k' }));
    expect(code).not.toContain('encoding/base64');
    expect(code).not.toContain('service/kms/types');
  });
});

describe('Java SDK v2 snippets', () => {
  it('points the client at the mock server through endpointOverride and builds the request', () => {
    const code = toJavaSdkV2(generateDataKey);
    expect(code).toContain('.endpointOverride(URI.create("http://127.0.0.1:4599"))');
    expect(code).toContain('GenerateDataKeyRequest request = GenerateDataKeyRequest.builder()');
    expect(code).toContain('GenerateDataKeyResponse response = kms.generateDataKey(request);');
    expect(code).toContain('public class GenerateDataKeyExample {');
  });

  it('passes blobs as SdkBytes, maps as Map.of and lists as varargs', () => {
    const code = toJavaSdkV2(generateDataKey);
    expect(code).toContain('.attestationDocument(SdkBytes.fromByteArray(Base64.getDecoder().decode("AAEC")))');
    expect(code).toContain('.encryptionContext(Map.of("Department", "Finance"))');
    expect(code).toContain('.grantTokens("token1")');
    expect(code).toContain('.numberOfBytes(32)');
  });

  it('names enum values through the SDK enum’s fromValue, which holds for every value the model has', () => {
    const code = toJavaSdkV2(createKey);
    expect(code).toContain('.keySpec(KeySpec.fromValue("RSA_4096"))');
    expect(code).toContain('import software.amazon.awssdk.services.kms.model.KeySpec;');
  });

  it('builds structures with their builders', () => {
    expect(toJavaSdkV2(createKey)).toContain('.tags(Tag.builder().tagKey("Team").tagValue("Payments").build())');
    expect(toJavaSdkV2(generateDataKey)).toContain('.recipient(RecipientInfo.builder()');
  });

  it('uses Map.ofEntries past the ten pairs Map.of takes', () => {
    const context = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, 'v']));
    expect(toJavaSdkV2(request('Encrypt', { KeyId: 'k', EncryptionContext: context }))).toContain(
      '.encryptionContext(Map.ofEntries(Map.entry("k0", "v"),',
    );
  });

  it('derives setter names as the SDK does', () => {
    expect(javaSetterName('KeyId')).toBe('keyId');
    expect(javaSetterName('GrantTokens')).toBe('grantTokens');
    expect(javaSetterName('AWSAccountId')).toBe('awsAccountId');
  });
});

describe('blobs at any depth in the other SDKs', () => {
  it('decodes a nested blob to bytes in JavaScript and Python', () => {
    expect(toJsSdkV3(generateDataKey)).toContain('AttestationDocument: Buffer.from("AAEC", "base64"),');
    expect(toBoto3(generateDataKey)).toContain('"AttestationDocument": base64.b64decode("AAEC"),');
  });

  it('writes timestamps as each language’s time type', () => {
    // No operation QKMS serves takes one yet (ImportKeyMaterial's ValidTo will), so the shape is given directly.
    const shape = { type: 'timestamp' } as const;
    expect(jsValue(1767225600, shape, '')).toBe('new Date(1767225600000)');
    const imports = new Set<PythonImport>();
    expect(pythonValue(1767225600, shape, '', imports)).toBe('datetime.fromtimestamp(1767225600, tz=timezone.utc)');
    expect(imports).toEqual(new Set(['datetime']));
    const parts = { blobs: [], imports: new Set<string>() };
    expect(goValue(1767225600, shape, parts, '', { field: true, name: 'ValidTo' })).toBe('aws.Time(time.Unix(1767225600, 0))');
    expect(javaArguments(1767225600, shape, new Set(), '')).toBe('Instant.ofEpochSecond(1767225600)');
  });
});

it('names each enum after its model shape', () => {
  expect(enumTypeName(keySpecValues)).toBe('KeySpec');
  expect(enumTypeName(['NOT', 'AN', 'ENUM'])).toBeUndefined();
});

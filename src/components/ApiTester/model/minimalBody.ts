import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import type { FieldDef } from './fieldDefs';

const exampleKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const examplePrincipal = 'arn:verenc:111122223333:role/ExampleRole';
// The grant every fresh sandbox has on the second example key.
const exampleGrantId = '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a18';
// base64 of "Hello, QKMS!": a plaintext anyone can decode to see the round trip.
const examplePlaintext = 'SGVsbG8sIFFLTVMh';
// The peer's P-256 public key (SPKI) of DeriveSharedSecret's documented example.
const examplePeerPublicKey =
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEb74xjeHMXsQGYvKHInWUzw3MyFTrS+JcnjrpktZoLJmxNSlkuWqQEQ4WX05J25Vc5p3soiFfD2f032N4EWBleg==';
// The alias every fresh sandbox has for the first example key.
const exampleAlias = 'alias/ExampleAlias';
const exampleTag = { TagKey: 'Project', TagValue: 'QKMS docs' };
// The sandbox account's default key policy: putting it changes nothing, and it is the start of any edit.
const examplePolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:verenc:111122223333:root' }, Action: 'kms:*', Resource: '*' }],
});
// The external key store every fresh sandbox has: DISCONNECTED and empty, so Connect and Delete work on it.
const exampleCustomKeyStoreId = 'cks-9f8e7d6c5b4a30291';
const exampleCustomKeyStoreName = 'MyKeyStore';
// Any Region name the model's pattern takes; QKMS has no Regions, and its multi-Region operations say so.
const exampleRegion = 'us-west-2';

function exampleValue(field: FieldDef): JsonValue | undefined {
  if (field.name.endsWith('KeyId')) return exampleKeyId;
  if (field.name.endsWith('Principal')) return examplePrincipal;
  if (field.name === 'Plaintext' || field.name === 'Message') return examplePlaintext;
  if (field.name === 'GrantId') return exampleGrantId;
  if (field.name === 'PublicKey') return examplePeerPublicKey;
  if (field.name === 'AliasName') return exampleAlias;
  if (field.name === 'Tags') return [exampleTag];
  if (field.name === 'TagKeys') return [exampleTag.TagKey];
  if (field.name === 'Policy') return examplePolicy;
  if (field.name === 'CustomKeyStoreId') return exampleCustomKeyStoreId;
  if (field.name === 'CustomKeyStoreName') return exampleCustomKeyStoreName;
  if (field.name.endsWith('Region')) return exampleRegion;
  if (field.name === 'Description') return 'Updated in the QKMS sandbox';
  switch (field.kind) {
    case 'enum':
      return field.options?.[0];
    case 'list':
      return field.options ? [field.options[0]] : undefined;
    case 'integer': {
      const min = field.spec?.min;
      return min ?? 1;
    }
    case 'boolean':
      return false;
    default:
      return undefined;
  }
}

/** A body with the required members only, filled with the sandbox's example values where one fits. */
export function minimalBody(fields: readonly FieldDef[]): JsonObject {
  const body: Record<string, JsonValue> = {};
  for (const field of fields) {
    if (!field.required) continue;
    const value = exampleValue(field);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

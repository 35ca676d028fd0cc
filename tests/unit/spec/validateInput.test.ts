import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../mock-server/spec/base64';
import { operationSpecs, validateInput } from '../../../mock-server/spec';
import type { OperationSpec } from '../../../mock-server/spec';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const bytes = (length: number): string => encodeBase64(new Uint8Array(length).fill(7));
const constraints = (spec: OperationSpec, body: unknown): string[] =>
  validateInput(spec, body).map((e) => `${e.kind} ${e.member}: ${e.constraint}`);

describe('validateInput', () => {
  it('accepts the seed page ReEncrypt request', () => {
    const body = {
      CiphertextBlob: bytes(120),
      SourceKeyId: keyId,
      DestinationKeyId: '0987dcba-09fe-87dc-65ba-ab0987654321',
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationEncryptionContext: { Purpose: 'Test' },
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      GrantTokens: ['AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNDkxOAF4'],
    };
    expect(validateInput(operationSpecs.ReEncrypt, body)).toEqual([]);
  });

  it('reports a missing required member as not null, with value null', () => {
    expect(validateInput(operationSpecs.Encrypt, { Plaintext: bytes(3) })).toEqual([
      { member: 'KeyId', constraint: 'Member must not be null', kind: 'constraint', value: null, redacted: false },
    ]);
  });

  it('treats an explicit null like a missing member', () => {
    expect(constraints(operationSpecs.DescribeKey, { KeyId: null })).toEqual([
      'constraint KeyId: Member must not be null',
    ]);
    expect(validateInput(operationSpecs.ListKeys, { Limit: null, Marker: null })).toEqual([]);
  });

  it('reports every missing required member in spec order', () => {
    expect(constraints(operationSpecs.ReEncrypt, {})).toEqual([
      'constraint CiphertextBlob: Member must not be null',
      'constraint DestinationKeyId: Member must not be null',
    ]);
  });

  it('ignores members the operation does not define, as AWS does', () => {
    expect(validateInput(operationSpecs.DescribeKey, { KeyId: keyId, Bogus: 12 })).toEqual([]);
  });

  it('rejects a body that is not a JSON object as a type error', () => {
    for (const body of [null, [], 'KeyId', 3]) {
      expect(constraints(operationSpecs.DescribeKey, body)).toEqual(['type : Request body must be a JSON object']);
    }
  });

  it('reports string length limits in AWS wording', () => {
    expect(constraints(operationSpecs.DescribeKey, { KeyId: '' })).toEqual([
      'constraint KeyId: Member must have length greater than or equal to 1',
    ]);
    expect(validateInput(operationSpecs.DescribeKey, { KeyId: 'k'.repeat(2049) })).toEqual([
      {
        member: 'KeyId',
        constraint: 'Member must have length less than or equal to 2048',
        kind: 'constraint',
        value: 'k'.repeat(2049),
        redacted: false,
      },
    ]);
    expect(validateInput(operationSpecs.DescribeKey, { KeyId: 'k'.repeat(2048) })).toEqual([]);
  });

  it('measures blob limits in decoded bytes, not base64 characters', () => {
    expect(validateInput(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: bytes(4096) })).toEqual([]);
    expect(validateInput(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: bytes(4097) })).toEqual([
      {
        member: 'Plaintext',
        constraint: 'Member must have length less than or equal to 4096',
        kind: 'constraint',
        value: undefined,
        redacted: true,
      },
    ]);
    expect(constraints(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: '' })).toEqual([
      'constraint Plaintext: Member must have length greater than or equal to 1',
    ]);
  });

  it('reports invalid base64 in a blob as a type error and never keeps the value', () => {
    for (const text of ['not base64!', 'QUJD\n', 'QUJ', 'QQ=A']) {
      expect(validateInput(operationSpecs.Decrypt, { CiphertextBlob: text })).toEqual([
        {
          member: 'CiphertextBlob',
          constraint: 'Member must be valid base64-encoded binary data',
          kind: 'type',
          value: undefined,
          redacted: true,
        },
      ]);
    }
  });

  it('reports a value outside an enum with the whole value set', () => {
    expect(constraints(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: bytes(1), EncryptionAlgorithm: 'AES' })).toEqual([
      'constraint EncryptionAlgorithm: Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]',
    ]);
  });

  it('reports integer limits as value limits and a fraction as a type error', () => {
    expect(constraints(operationSpecs.GenerateDataKey, { KeyId: keyId, NumberOfBytes: 0 })).toEqual([
      'constraint NumberOfBytes: Member must have value greater than or equal to 1',
    ]);
    expect(constraints(operationSpecs.GenerateDataKey, { KeyId: keyId, NumberOfBytes: 1025 })).toEqual([
      'constraint NumberOfBytes: Member must have value less than or equal to 1024',
    ]);
    expect(constraints(operationSpecs.GenerateDataKey, { KeyId: keyId, NumberOfBytes: 1.5 })).toEqual([
      'type NumberOfBytes: Member must be an integer',
    ]);
  });

  it('reports a wrong JSON type as a type error, distinct from constraint errors', () => {
    expect(
      constraints(operationSpecs.CreateGrant, {
        KeyId: 42,
        GranteePrincipal: 'arn:verenc:111122223333:role/ExampleRole',
        Operations: 'Decrypt',
        DryRun: 'true',
        Constraints: [],
      }),
    ).toEqual([
      'type KeyId: Member must be a string',
      'type Operations: Member must be a list',
      'type Constraints: Member must be a structure',
      'type DryRun: Member must be a boolean',
    ]);
    expect(constraints(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: bytes(1), EncryptionContext: 'x' })).toEqual([
      'type EncryptionContext: Member must be a map',
    ]);
  });

  it('checks a pattern against the whole value', () => {
    const grant = { KeyId: keyId, GranteePrincipal: 'role/Example', Operations: ['Decrypt'] };
    expect(validateInput(operationSpecs.CreateGrant, grant)).toEqual([]);
    expect(constraints(operationSpecs.CreateGrant, { ...grant, GranteePrincipal: 'role/Example Role' })).toEqual([
      'constraint GranteePrincipal: Member must satisfy regular expression pattern: ^[\\w+=,.@:/-]+$',
    ]);
    expect(constraints(operationSpecs.ListKeys, { Marker: 'abc\u0100' })).toEqual([
      'constraint Marker: Member must satisfy regular expression pattern: [\\u0020-\\u00FF]*',
    ]);
  });

  it('reports every failing constraint of one member separately', () => {
    const grant = { KeyId: keyId, GranteePrincipal: 'p', Operations: ['Decrypt'], Name: 'x y'.repeat(100) };
    expect(constraints(operationSpecs.CreateGrant, grant)).toEqual([
      'constraint Name: Member must have length less than or equal to 256',
      'constraint Name: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$',
    ]);
  });

  it('limits a list by item count and reports scalar item problems once, at the list', () => {
    const tokens = Array.from({ length: 11 }, () => 'token');
    expect(constraints(operationSpecs.DescribeKey, { KeyId: keyId, GrantTokens: tokens })).toEqual([
      'constraint GrantTokens: Member must have length less than or equal to 10',
    ]);
    expect(validateInput(operationSpecs.DescribeKey, { KeyId: keyId, GrantTokens: ['ok', '', null, ''] })).toEqual([
      {
        member: 'GrantTokens',
        constraint: 'Member must satisfy constraint: [Member must have length greater than or equal to 1, Member must not be null]',
        kind: 'constraint',
        value: ['ok', '', null, ''],
        redacted: false,
      },
    ]);
  });

  it('checks the enum of every list item', () => {
    const grant = { KeyId: keyId, GranteePrincipal: 'p', Operations: ['Decrypt', 'Fly'] };
    const [error] = validateInput(operationSpecs.CreateGrant, grant);
    expect(error.member).toBe('Operations');
    expect(error.constraint).toMatch(/^Member must satisfy constraint: \[Member must satisfy enum value set: \[Decrypt, Encrypt, /);
  });

  it('reports a wrongly typed list item at its 1-based index', () => {
    expect(constraints(operationSpecs.DescribeKey, { KeyId: keyId, GrantTokens: ['ok', 7] })).toEqual([
      'type GrantTokens.2: Member must be a string',
    ]);
  });

  it('validates the members of a structure inside a list by path', () => {
    const tags = [{ TagKey: 'Project', TagValue: 'Alpha' }, { TagValue: 'x' }, { TagKey: '', TagValue: 'y'.repeat(257) }];
    expect(constraints(operationSpecs.CreateKey, { Tags: tags })).toEqual([
      'constraint Tags.2.TagKey: Member must not be null',
      'constraint Tags.3.TagKey: Member must have length greater than or equal to 1',
      'constraint Tags.3.TagValue: Member must have length less than or equal to 256',
    ]);
    expect(constraints(operationSpecs.CreateKey, { Tags: [null] })).toEqual(['constraint Tags.1: Member must not be null']);
  });

  it('validates a nested structure recursively: the maps of CreateGrant Constraints', () => {
    const grant = { KeyId: keyId, GranteePrincipal: 'p', Operations: ['Encrypt'] };
    expect(
      validateInput(operationSpecs.CreateGrant, { ...grant, Constraints: { EncryptionContextSubset: { Department: 'Finance' } } }),
    ).toEqual([]);
    expect(
      constraints(operationSpecs.CreateGrant, {
        ...grant,
        Constraints: { EncryptionContextSubset: { Department: 5 }, EncryptionContextEquals: { a: null } },
      }),
    ).toEqual([
      'type Constraints.EncryptionContextSubset: Map value must satisfy constraint: [Member must be a string]',
      'constraint Constraints.EncryptionContextEquals: Map value must satisfy constraint: [Member must not be null]',
    ]);
  });

  it('applies length limits of map keys and values, reported at the map', () => {
    const spec: OperationSpec = {
      name: 'TagLike',
      input: [
        {
          name: 'Labels',
          type: 'map',
          required: false,
          max: 2,
          key: { type: 'string', min: 1, max: 3 },
          value: { type: 'string', max: 4 },
        },
      ],
      output: [],
      errors: [],
    };
    expect(validateInput(spec, { Labels: { abc: 'wxyz' } })).toEqual([]);
    expect(constraints(spec, { Labels: { '': 'v', abcd: 'vwxyz', ok: 'v' } })).toEqual([
      'constraint Labels: Member must have length less than or equal to 2',
      'constraint Labels: Map keys must satisfy constraint: [Member must have length greater than or equal to 1, Member must have length less than or equal to 3]',
      'constraint Labels: Map value must satisfy constraint: [Member must have length less than or equal to 4]',
    ]);
  });

  it('redacts a sensitive member even when it fails a type check', () => {
    const [error] = validateInput(operationSpecs.Encrypt, { KeyId: keyId, Plaintext: 12345 });
    expect(error).toEqual({
      member: 'Plaintext',
      constraint: 'Member must be valid base64-encoded binary data',
      kind: 'type',
      value: undefined,
      redacted: true,
    });
  });
});

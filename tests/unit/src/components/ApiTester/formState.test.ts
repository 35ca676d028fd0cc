import { describe, expect, it } from 'vitest';
import { operationSpecs, validateInput } from '../../../../../mock-server/spec';
import type { OperationName } from '../../../../../mock-server/spec';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { bodyToForm, emptyForm, formToBody } from '../../../../../src/components/ApiTester/model/formState';
import { minimalBody } from '../../../../../src/components/ApiTester/model/minimalBody';
import { rowIds } from '../../../../../src/components/ApiTester/model/rowIds';
import type { ParameterRow } from '../../../../../src/components/ParamsTable/types';

const rows = (names: readonly string[]): ParameterRow[] =>
  names.map((name) => ({ name, type: 'string', required: false, description: '' }));

const reEncryptFields = fieldDefs(
  rows(['CiphertextBlob', 'SourceKeyId', 'DestinationKeyId', 'SourceEncryptionContext', 'DestinationEncryptionAlgorithm', 'GrantTokens']),
  operationSpecs.ReEncrypt,
);

describe('form fields', () => {
  it('types each field from the backend spec, whatever the page wrote', () => {
    const kinds = Object.fromEntries(reEncryptFields.map((field) => [field.name, field.kind]));
    expect(kinds).toEqual({
      CiphertextBlob: 'blob',
      SourceKeyId: 'string',
      DestinationKeyId: 'string',
      SourceEncryptionContext: 'map',
      DestinationEncryptionAlgorithm: 'enum',
      GrantTokens: 'list',
    });
    expect(reEncryptFields.find((field) => field.name === 'DestinationEncryptionAlgorithm')?.options).toContain('SYMMETRIC_DEFAULT');
    expect(reEncryptFields.find((field) => field.name === 'DestinationKeyId')?.required).toBe(true);
  });

  it('falls back to the page’s type when the spec has no such member', () => {
    const [field] = fieldDefs([{ name: 'Custom', type: 'object', required: true, description: 'x' }], operationSpecs.ReEncrypt);
    expect(field).toMatchObject({ kind: 'map', required: true });
  });

  it('types integers, booleans and structures for the operations that have them', () => {
    const fields = fieldDefs(rows(['NumberOfBytes', 'DryRun']), operationSpecs.GenerateDataKey);
    expect(fields.map((field) => field.kind)).toEqual(['integer', 'boolean']);
    const grant = fieldDefs(rows(['Operations', 'Constraints']), operationSpecs.CreateGrant);
    expect(grant.map((field) => field.kind)).toEqual(['list', 'json']);
    expect(grant[0].options).toContain('ReEncryptFrom');
  });
});

describe('form <-> JSON', () => {
  it('leaves empty fields out of the body', () => {
    expect(formToBody(reEncryptFields, emptyForm(reEncryptFields, rowIds(0).next))).toEqual({});
  });

  it('round-trips a body through the form unchanged, unknown and mistyped members included', () => {
    const body = {
      CiphertextBlob: 'AQID',
      DestinationKeyId: 'alias/x',
      SourceEncryptionContext: { Department: 'Finance', Team: 'A' },
      GrantTokens: ['t1', 't2'],
      SourceKeyId: 42,
      DryRun: true,
    };
    const form = bodyToForm(reEncryptFields, body, rowIds(0).next);
    expect(Object.keys(form.extra).sort()).toEqual(['DryRun', 'SourceKeyId']);
    expect(formToBody(reEncryptFields, form)).toEqual(body);
  });

  it('turns integer text into numbers and keeps what is not a number for the server to reject', () => {
    const fields = fieldDefs(rows(['NumberOfBytes', 'DryRun']), operationSpecs.GenerateDataKey);
    const form = bodyToForm(fields, { NumberOfBytes: 32, DryRun: false }, rowIds(0).next);
    expect(formToBody(fields, form)).toEqual({ NumberOfBytes: 32, DryRun: false });
    const typed = { ...form, values: { ...form.values, NumberOfBytes: { kind: 'text' as const, text: 'lots' } } };
    expect(formToBody(fields, typed)).toEqual({ NumberOfBytes: 'lots', DryRun: false });
  });

  it('starts a required list with one empty row to fill in', () => {
    const fields = fieldDefs(rows(['Operations']), operationSpecs.CreateGrant);
    const value = emptyForm(fields, rowIds(0).next).values.Operations;
    expect(value.kind === 'list' && value.rows.length).toBe(1);
  });
});

describe('minimal body', () => {
  it('satisfies every operation’s spec except for ciphertexts, signatures, MACs, import tokens and wrapped key material only real cryptography can produce', () => {
    for (const [name, spec] of Object.entries(operationSpecs) as [OperationName, (typeof operationSpecs)[OperationName]][]) {
      const fields = fieldDefs(
        spec.input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
        spec,
      );
      const problems = validateInput(spec, minimalBody(fields)).filter(
        (error) => !['CiphertextBlob', 'Signature', 'Mac', 'ImportToken', 'EncryptedKeyMaterial'].includes(error.member),
      );
      expect(problems, name).toEqual([]);
    }
  });
});

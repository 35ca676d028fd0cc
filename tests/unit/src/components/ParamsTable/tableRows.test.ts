import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server/spec';
import { assertTableProps } from '../../../../../src/components/ParamsTable/assertTableProps';
import { describeConstraints } from '../../../../../src/components/ParamsTable/describeConstraints';
import { requestTable, responseTable } from '../../../../../src/components/ParamsTable/tableRows';

const headers = [
  { name: 'Content-Type', type: 'string', required: true, description: 'x' },
  { name: 'X-Amz-Target', type: 'string', required: true, description: 'y' },
];

describe('parameter tables', () => {
  it('anchors header rows as header-<Name> and states the exact values for this operation', () => {
    const table = requestTable(headers, operationSpecs.ReEncrypt);
    expect(table.kind).toBe('header');
    expect(table.rows.map((row) => row.id)).toEqual(['header-Content-Type', 'header-X-Amz-Target']);
    expect(table.rows[1].constraints).toEqual([{ text: 'Exactly:', values: ['TrentService.ReEncrypt'] }]);
  });

  it('anchors body rows as request-<Name> and takes limits from the spec', () => {
    const table = requestTable(
      [
        { name: 'CiphertextBlob', type: 'blob', required: true, description: '' },
        { name: 'GrantTokens', type: 'array', required: false, description: '' },
      ],
      operationSpecs.ReEncrypt,
    );
    expect(table.kind).toBe('request');
    expect(table.rows[0]).toMatchObject({ id: 'request-CiphertextBlob', constraints: [{ text: 'Length: 1–6144 bytes (before base64)' }] });
    expect(table.rows[1].constraints.map((line) => line.text)).toEqual([
      'Array of strings',
      '0–10 items',
      'Each item: length: 1–8192 characters',
    ]);
  });

  it('prefers constraints the page states over the spec’s', () => {
    const table = requestTable([{ name: 'KeyId', type: 'string', required: true, description: '', constraints: 'A key id or ARN' }], operationSpecs.Encrypt);
    expect(table.rows[0].constraints).toEqual([{ text: 'A key id or ARN' }]);
  });

  it('types response elements from the spec and anchors them as response-<Name>', () => {
    const table = responseTable(
      [
        { name: 'KeyId', description: '' },
        { name: 'DestinationEncryptionAlgorithm', description: '' },
        { name: 'Unknown', description: '' },
      ],
      operationSpecs.ReEncrypt,
    );
    expect(table.rows.map((row) => [row.id, row.type, row.required])).toEqual([
      ['response-KeyId', 'string', undefined],
      ['response-DestinationEncryptionAlgorithm', 'string', undefined],
      ['response-Unknown', '—', undefined],
    ]);
    expect(table.rows[1].constraints).toEqual([
      { text: 'One of:', values: ['SYMMETRIC_DEFAULT'] },
      { text: 'QKMS refuses (AWS KMS accepts):', values: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] },
    ]);
  });

  it('still renders rows when the page is not an operation page', () => {
    expect(requestTable(headers, undefined).rows[1].constraints[0].values).toEqual(['TrentService.<Operation>']);
    expect(responseTable([{ name: 'X', description: 'd' }], undefined).rows[0].constraints).toEqual([]);
  });
});

describe('constraint wording', () => {
  it('words integer ranges, patterns and exact lengths', () => {
    expect(describeConstraints({ type: 'integer', min: 7, max: 30 })).toEqual([{ text: 'Value: 7–30' }]);
    expect(describeConstraints({ type: 'string', min: 64, max: 64, pattern: '^[a-f0-9]+$' })).toEqual([
      { text: 'Length: exactly 64 characters' },
      { text: 'Pattern:', values: ['^[a-f0-9]+$'] },
    ]);
  });
});

describe('misuse in MDX', () => {
  it('fails fast naming the component and the fix', () => {
    expect(() => assertTableProps({})).toThrow(/^ParamsTable: .*parameters=\{REQUEST_PARAMETERS\}/);
    expect(() => assertTableProps({ parameters: [], responseElements: [] })).toThrow(/ParamsTable: .*not both/);
    expect(() => assertTableProps({ parameters: [], type: 'response' })).toThrow(/ParamsTable: type="response" needs `responseElements`/);
    expect(assertTableProps({ responseElements: [], type: 'response' })).toEqual({ kind: 'response', rows: [] });
  });
});

describe('constraints QKMS narrows', () => {
  it('offers only SYMMETRIC_DEFAULT for ReEncrypt algorithms and marks the values QKMS refuses', () => {
    const table = requestTable(
      [{ name: 'DestinationEncryptionAlgorithm', type: 'string', required: false, description: '' }],
      operationSpecs.ReEncrypt,
    );
    expect(table.rows[0].constraints).toEqual([
      { text: 'One of:', values: ['SYMMETRIC_DEFAULT'] },
      { text: 'QKMS refuses (AWS KMS accepts):', values: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] },
    ]);
  });

  it('marks SM2PKE refused on Encrypt, since no SM2 key can exist in QKMS', () => {
    const table = requestTable(
      [{ name: 'EncryptionAlgorithm', type: 'string', required: false, description: '' }],
      operationSpecs.Encrypt,
    );
    expect(table.rows[0].constraints).toEqual([
      { text: 'One of:', values: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] },
      { text: 'QKMS refuses (AWS KMS accepts):', values: ['SM2PKE'] },
    ]);
  });

  it('keeps every value where QKMS takes what the model lists', () => {
    const table = requestTable(
      [{ name: 'KeySpec', type: 'string', required: false, description: '' }],
      operationSpecs.GenerateDataKey,
    );
    expect(table.rows[0].constraints).toEqual([{ text: 'One of:', values: ['AES_256', 'AES_128'] }]);
  });

  it('offers CreateKey only the key specs and origin QKMS makes', () => {
    const table = requestTable(
      [
        { name: 'KeySpec', type: 'string', required: false, description: '' },
        { name: 'Origin', type: 'string', required: false, description: '' },
      ],
      operationSpecs.CreateKey,
    );
    expect(table.rows[0].constraints[1]).toEqual({ text: 'QKMS refuses (AWS KMS accepts):', values: ['SM2'] });
    expect(table.rows[1].constraints).toEqual([
      { text: 'One of:', values: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] },
    ]);
  });
});

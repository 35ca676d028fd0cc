import { describe, expect, test } from 'vitest';
import { holds } from './policyCheck';

/* Each condition operator QKMS evaluates, with its IfExists and set forms, on the IAM semantics. */

const dept = (value: string | readonly string[]) => ({ 'kms:EncryptionContext:dept': value });

describe('string operators', () => {
  test('StringEquals matches exactly, case-sensitively, and any of several policy values', () => {
    expect(holds({ StringEquals: { 'kms:EncryptionContext:dept': 'IT' } }, dept('IT'))).toBe(true);
    expect(holds({ StringEquals: { 'kms:EncryptionContext:dept': 'IT' } }, dept('it'))).toBe(false);
    expect(holds({ StringEquals: { 'kms:EncryptionContext:dept': ['HR', 'IT'] } }, dept('IT'))).toBe(true);
    expect(holds({ StringEquals: { 'kms:EncryptionContext:dept': 'IT' } }, {})).toBe(false);
  });

  test('StringNotEquals holds when no policy value matches, and when the key is missing', () => {
    expect(holds({ StringNotEquals: { 'kms:EncryptionContext:dept': 'HR' } }, dept('IT'))).toBe(true);
    expect(holds({ StringNotEquals: { 'kms:EncryptionContext:dept': ['HR', 'IT'] } }, dept('IT'))).toBe(false);
    expect(holds({ StringNotEquals: { 'kms:EncryptionContext:dept': 'HR' } }, {})).toBe(true);
  });

  test('StringEqualsIgnoreCase and StringNotEqualsIgnoreCase ignore case', () => {
    expect(holds({ StringEqualsIgnoreCase: { 'kms:EncryptionContext:dept': 'it' } }, dept('IT'))).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { 'kms:EncryptionContext:dept': 'it' } }, dept('IT'))).toBe(false);
    expect(holds({ StringNotEqualsIgnoreCase: { 'kms:EncryptionContext:dept': 'hr' } }, dept('IT'))).toBe(true);
  });

  test('StringLike takes * and ? wildcards and StringNotLike negates it', () => {
    expect(holds({ StringLike: { 'kms:EncryptionContext:dept': 'I*' } }, dept('IT-ops'))).toBe(true);
    expect(holds({ StringLike: { 'kms:EncryptionContext:dept': 'I?' } }, dept('IT'))).toBe(true);
    expect(holds({ StringLike: { 'kms:EncryptionContext:dept': 'I?' } }, dept('ITX'))).toBe(false);
    expect(holds({ StringNotLike: { 'kms:EncryptionContext:dept': 'H*' } }, dept('IT'))).toBe(true);
    expect(holds({ StringNotLike: { 'kms:EncryptionContext:dept': 'I*' } }, dept('IT'))).toBe(false);
  });

  test('an IfExists operator holds when the key is missing and checks it when present', () => {
    expect(holds({ StringEqualsIfExists: { 'kms:EncryptionContext:dept': 'IT' } }, {})).toBe(true);
    expect(holds({ StringEqualsIfExists: { 'kms:EncryptionContext:dept': 'IT' } }, dept('HR'))).toBe(false);
    expect(holds({ StringLikeIfExists: { 'kms:EncryptionContext:dept': 'I*' } }, dept('IT'))).toBe(true);
  });
});

describe('set qualifiers on a multivalued key', () => {
  const keys = (value: readonly string[]) => ({ 'kms:EncryptionContextKeys': value });

  test('ForAnyValue holds when some request value matches, and fails for a missing key', () => {
    expect(holds({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'dept' } }, keys(['dept', 'project']))).toBe(true);
    expect(holds({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'dept' } }, keys(['project']))).toBe(false);
    expect(holds({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'dept' } }, {})).toBe(false);
  });

  test('ForAllValues holds when every request value matches, and for a missing key', () => {
    const onlyKnown = { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['dept', 'project'] } };
    expect(holds(onlyKnown, keys(['dept']))).toBe(true);
    expect(holds(onlyKnown, keys(['dept', 'owner']))).toBe(false);
    expect(holds(onlyKnown, {})).toBe(true);
  });

  test('a negated operator under ForAnyValue and ForAllValues is checked value by value', () => {
    expect(holds({ 'ForAnyValue:StringNotEquals': { 'kms:EncryptionContextKeys': 'dept' } }, keys(['dept', 'owner']))).toBe(true);
    expect(holds({ 'ForAllValues:StringNotEquals': { 'kms:EncryptionContextKeys': 'dept' } }, keys(['dept', 'owner']))).toBe(false);
    expect(holds({ 'ForAllValues:StringNotLike': { 'kms:EncryptionContextKeys': 'secret*' } }, keys(['dept', 'owner']))).toBe(true);
  });

  test('ForAnyValue combines with IfExists', () => {
    expect(holds({ 'ForAnyValue:StringEqualsIfExists': { 'kms:EncryptionContextKeys': 'dept' } }, {})).toBe(true);
  });
});

describe('Bool, Null, Numeric, Date and Arn operators', () => {
  test('Bool compares true and false case-insensitively', () => {
    expect(holds({ Bool: { 'kms:GrantIsForAWSResource': 'false' } }, { 'kms:GrantIsForAWSResource': 'false' })).toBe(true);
    expect(holds({ Bool: { 'kms:GrantIsForAWSResource': true } }, { 'kms:GrantIsForAWSResource': 'false' })).toBe(false);
    expect(holds({ Bool: { 'kms:GrantIsForAWSResource': 'FALSE' } }, { 'kms:GrantIsForAWSResource': 'false' })).toBe(true);
  });

  test('Null "true" holds for a missing key and "false" for a present one', () => {
    expect(holds({ Null: { 'kms:EncryptionContext:dept': 'true' } }, {})).toBe(true);
    expect(holds({ Null: { 'kms:EncryptionContext:dept': 'true' } }, dept('IT'))).toBe(false);
    expect(holds({ Null: { 'kms:EncryptionContext:dept': 'false' } }, dept('IT'))).toBe(true);
    expect(holds({ Null: { 'kms:EncryptionContext:dept': false } }, {})).toBe(false);
  });

  test('the Numeric operators compare numbers, not strings', () => {
    const epoch = (value: string) => ({ 'aws:EpochTime': value });
    expect(holds({ NumericEquals: { 'aws:EpochTime': '100' } }, epoch('100.0'))).toBe(true);
    expect(holds({ NumericNotEquals: { 'aws:EpochTime': '100' } }, epoch('100'))).toBe(false);
    expect(holds({ NumericLessThan: { 'aws:EpochTime': 100 } }, epoch('99'))).toBe(true);
    expect(holds({ NumericLessThan: { 'aws:EpochTime': '100' } }, epoch('100'))).toBe(false);
    expect(holds({ NumericLessThanEquals: { 'aws:EpochTime': '100' } }, epoch('100'))).toBe(true);
    expect(holds({ NumericGreaterThan: { 'aws:EpochTime': '9' } }, epoch('10'))).toBe(true);
    expect(holds({ NumericGreaterThanEquals: { 'aws:EpochTime': '10' } }, epoch('9'))).toBe(false);
  });

  test('the Date operators take ISO 8601 dates and epoch seconds', () => {
    const now = { 'aws:CurrentTime': '2026-06-01T12:00:00.000Z' };
    expect(holds({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }, now)).toBe(true);
    expect(holds({ DateGreaterThan: { 'aws:CurrentTime': '2027-01-01' } }, now)).toBe(false);
    expect(holds({ DateGreaterThanEquals: { 'aws:CurrentTime': '1780315200' } }, now)).toBe(true);
    expect(holds({ DateLessThanEquals: { 'aws:CurrentTime': '2026-06-01T12:00:00Z' } }, now)).toBe(true);
    expect(holds({ DateEquals: { 'aws:CurrentTime': '2026-06-01T12:00:00Z' } }, now)).toBe(true);
    expect(holds({ DateNotEquals: { 'aws:CurrentTime': '2026-06-01T12:00:00Z' } }, now)).toBe(false);
  });

  test('ArnEquals and ArnLike take wildcards; ArnNotEquals and ArnNotLike negate them', () => {
    const principal = { 'aws:PrincipalArn': 'arn:verenc:444455556666:role/Partner' };
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': 'arn:verenc:444455556666:role/Partner' } }, principal)).toBe(true);
    expect(holds({ ArnLike: { 'aws:PrincipalArn': 'arn:verenc:444455556666:role/*' } }, principal)).toBe(true);
    expect(holds({ ArnLike: { 'aws:PrincipalArn': 'arn:verenc:111122223333:*' } }, principal)).toBe(false);
    expect(holds({ ArnNotEquals: { 'aws:PrincipalArn': 'arn:verenc:444455556666:role/Partner' } }, principal)).toBe(false);
    expect(holds({ ArnNotLike: { 'aws:PrincipalArn': 'arn:verenc:111122223333:*' } }, principal)).toBe(true);
  });
});

describe('several conditions', () => {
  test('every operator and every key of a Condition must hold', () => {
    const condition = {
      StringEquals: { 'kms:EncryptionContext:dept': 'IT', 'kms:CallerAccount': '111122223333' },
      Bool: { 'kms:GrantIsForAWSResource': 'false' },
    };
    const base = { 'kms:EncryptionContext:dept': 'IT', 'kms:CallerAccount': '111122223333', 'kms:GrantIsForAWSResource': 'false' };
    expect(holds(condition, base)).toBe(true);
    expect(holds(condition, { ...base, 'kms:CallerAccount': '444455556666' })).toBe(false);
  });

  test('condition key names match case-insensitively', () => {
    expect(holds({ StringEquals: { 'KMS:encryptioncontext:DEPT': 'IT' } }, dept('IT'))).toBe(true);
  });
});

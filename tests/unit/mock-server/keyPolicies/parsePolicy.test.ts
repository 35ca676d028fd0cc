import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../../../../mock-server/model/policy/parsePolicy';
import { QkmsError } from '../../../../mock-server/wire/QkmsError';

/* What makes a key policy malformed, and that the message says what is wrong. */

const statement = { Effect: 'Allow', Principal: { AWS: 'arn:verenc:111122223333:root' }, Action: 'kms:*', Resource: '*' };
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

function refusal(text: string): { name: string; message: string } {
  try {
    parsePolicy(text);
  } catch (error) {
    if (error instanceof QkmsError) return { name: error.name, message: error.message };
    throw error;
  }
  throw new Error('the policy was accepted');
}

describe('parsePolicy', () => {
  test('accepts a document with one statement object or a list of them', () => {
    expect(parsePolicy(JSON.stringify({ Statement: statement })).statements).toHaveLength(1);
    expect(parsePolicy(doc(statement, { ...statement, Effect: 'Deny', Action: 'kms:Decrypt' })).statements).toHaveLength(2);
  });

  test.each([
    ['text that is not JSON', '{"Statement": [', /not valid JSON/],
    ['a document with no Statement', '{"Version": "2012-10-17"}', /no Statement element/],
    ['a document with an empty Statement list', '{"Statement": []}', /Statement list is empty/],
    ['an unknown top-level element', JSON.stringify({ Statement: statement, Rules: [] }), /unknown element 'Rules'/],
    ['an unknown Version', JSON.stringify({ Version: '2020-01-01', Statement: statement }), /Version must be 2012-10-17/],
    ['an Effect other than Allow or Deny', doc({ ...statement, Effect: 'Permit' }), /Effect "Permit"; Effect must be Allow or Deny/],
    ['a statement with no Principal', doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }), /Statement 1 has no Principal/],
    ['both Action and NotAction', doc({ ...statement, NotAction: 'kms:Decrypt' }), /both Action and NotAction/],
    ['a statement with no Resource', doc({ Effect: 'Allow', Principal: '*', Action: 'kms:*' }), /no Resource/],
    ['an action outside KMS', doc({ ...statement, Action: 's3:GetObject' }), /'s3:GetObject' is not a KMS action/],
    ['a principal that is not an account or a principal ARN', doc({ ...statement, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), /invalid principal 'arn:aws:iam::111122223333:root'/],
    ['a principal type QKMS does not have', doc({ ...statement, Principal: { Federated: 'cognito-identity.amazonaws.com' } }), /principal type 'Federated'/],
    ['an unknown condition operator', doc({ ...statement, Condition: { StringMatches: { 'kms:CallerAccount': '1' } } }), /unknown operator 'StringMatches'/],
    ['Null with IfExists', doc({ ...statement, Condition: { NullIfExists: { 'kms:CallerAccount': 'true' } } }), /unknown operator 'NullIfExists'/],
    ['a numeric condition on a non-number', doc({ ...statement, Condition: { NumericLessThan: { 'aws:EpochTime': 'soon' } } }), /'soon' that is not a number/],
    ['a Bool condition on a non-boolean', doc({ ...statement, Condition: { Bool: { 'kms:GrantIsForAWSResource': 'yes' } } }), /'yes' that is not a boolean/],
    ['a condition key outside kms: and aws:', doc({ ...statement, Condition: { StringEquals: { 's3:prefix': 'x' } } }), /'s3:prefix' that is not a kms: or aws: key/],
    ['a repeated Sid', doc({ ...statement, Sid: 'A' }, { ...statement, Sid: 'A' }), /Sid 'A' is used by more than one statement/],
  ])('refuses %s with MalformedPolicyDocumentException saying so', (_, text, message) => {
    const error = refusal(text);
    expect(error.name).toBe('MalformedPolicyDocumentException');
    expect(error.message).toMatch(message);
  });

  test('refuses a document over 32768 bytes, and accepts one of exactly 32768', () => {
    const base = doc({ ...statement, Sid: 'S' });
    const padded = (bytes: number) => base.replace('"Sid":"S"', `"Sid":"${'S'.repeat(bytes - base.length + 1)}"`);
    expect(new TextEncoder().encode(padded(32768)).length).toBe(32768);
    expect(() => parsePolicy(padded(32768))).not.toThrow();
    expect(refusal(padded(32769)).message).toBe('The key policy is 32769 bytes; a key policy may be at most 32768 bytes.');
  });
});

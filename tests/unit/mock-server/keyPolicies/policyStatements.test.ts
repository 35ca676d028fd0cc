import { describe, expect, test } from 'vitest';
import { CALLER, decide } from './policyCheck';
import { evaluatePolicy } from '../../../../mock-server/model/policy/evaluatePolicy';
import { parsePolicy } from '../../../../mock-server/model/policy/parsePolicy';

/* Effect, Principal, NotPrincipal, Action and NotAction: which statements apply to a request, and how they combine. */

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allow = (extra: object) => ({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', ...extra });

describe('Effect', () => {
  test('an explicit Deny beats any Allow, and no applying statement is no decision', () => {
    expect(decide(policy(allow({})))).toBe('allow');
    expect(decide(policy(allow({}), allow({ Effect: 'Deny', Action: 'kms:Encrypt' })))).toBe('deny');
    expect(decide(policy(allow({ Action: 'kms:Decrypt' })))).toBe('none');
  });
});

describe('Principal', () => {
  const who = (Principal: unknown, caller: string) => decide(policy(allow({ Principal })), { caller });

  test('"*" and {"AWS": "*"} match every caller', () => {
    expect(who('*', 'arn:verenc:444455556666:user/Alice')).toBe('allow');
    expect(who({ AWS: '*' }, 'arn:verenc:444455556666:user/Alice')).toBe('allow');
  });

  test('an account root ARN or account id matches every principal of that account only', () => {
    expect(who({ AWS: 'arn:verenc:111122223333:root' }, CALLER)).toBe('allow');
    expect(who({ AWS: '111122223333' }, CALLER)).toBe('allow');
    expect(who({ AWS: '111122223333' }, 'arn:verenc:444455556666:root')).toBe('none');
  });

  test('a role or user ARN matches that principal, and a role its assumed-role sessions', () => {
    expect(who({ AWS: CALLER }, CALLER)).toBe('allow');
    expect(who({ AWS: CALLER }, 'arn:verenc:111122223333:role/Other')).toBe('none');
    expect(who({ AWS: CALLER }, 'arn:verenc:111122223333:assumed-role/ExampleRole/session-1')).toBe('allow');
    expect(who({ AWS: ['arn:verenc:111122223333:user/Bob', CALLER] }, 'arn:verenc:111122223333:user/Bob')).toBe('allow');
  });

  test('a service principal never matches, since no service calls QKMS', () => {
    expect(who({ Service: 'logs.amazonaws.com' }, CALLER)).toBe('none');
  });

  test('NotPrincipal applies to everyone but the principals it names', () => {
    const denyOthers = { Effect: 'Deny', NotPrincipal: { AWS: CALLER }, Action: 'kms:*', Resource: '*' };
    expect(decide(policy(allow({}), denyOthers), { caller: CALLER })).toBe('allow');
    expect(decide(policy(allow({}), denyOthers), { caller: 'arn:verenc:111122223333:user/Bob' })).toBe('deny');
  });
});

describe('Action', () => {
  const can = (Action: unknown, action: string) => decide(policy(allow({ Action })), { action });

  test('"*" and kms:* cover every action', () => {
    expect(can('*', 'PutKeyPolicy')).toBe('allow');
    expect(can('kms:*', 'ReEncryptFrom')).toBe('allow');
  });

  test('wildcards cover the actions they spell, case-insensitively', () => {
    expect(can('kms:Describe*', 'DescribeKey')).toBe('allow');
    expect(can('kms:Describe*', 'Decrypt')).toBe('none');
    expect(can('kms:ReEncrypt*', 'ReEncryptFrom')).toBe('allow');
    expect(can('kms:ReEncrypt*', 'ReEncryptTo')).toBe('allow');
    expect(can('kms:Generate*', 'GenerateDataKeyPair')).toBe('allow');
    expect(can('kms:encrypt', 'Encrypt')).toBe('allow');
    expect(can('kms:?ecrypt', 'Decrypt')).toBe('allow');
    expect(can(['kms:Encrypt', 'kms:Decrypt'], 'Decrypt')).toBe('allow');
  });

  test('NotAction applies to every action but those it names', () => {
    const statement = { Effect: 'Allow', Principal: '*', NotAction: ['kms:PutKeyPolicy', 'kms:Schedule*'], Resource: '*' };
    expect(decide(policy(statement), { action: 'Encrypt' })).toBe('allow');
    expect(decide(policy(statement), { action: 'ScheduleKeyDeletion' })).toBe('none');
  });
});

describe('Condition values', () => {
  const countingRequest = (conditions: Record<string, string>) => {
    const asked = { times: 0 };
    const values = new Map(Object.entries(conditions).map(([key, value]) => [key.toLowerCase(), [value]] as const));
    return { asked, request: { caller: CALLER, action: 'Encrypt', conditions: () => (asked.times++, values) } };
  };

  test('are not worked out for a policy whose applying statements have no conditions (the default policy)', () => {
    const { asked, request } = countingRequest({});
    expect(evaluatePolicy(parsePolicy(policy(allow({}), allow({ Effect: 'Deny', Action: 'kms:Decrypt', Condition: { Bool: { 'kms:MultiRegion': 'true' } } }))), request)).toBe(
      'allow',
    );
    expect(asked.times).toBe(0);
  });

  test('are worked out once however many statements have conditions, and decide them', () => {
    const { asked, request } = countingRequest({ 'kms:KeySpec': 'SYMMETRIC_DEFAULT' });
    const condition = (value: string) => ({ Condition: { StringEquals: { 'kms:KeySpec': value } } });
    expect(evaluatePolicy(parsePolicy(policy(allow(condition('SYMMETRIC_DEFAULT')), allow({ Effect: 'Deny', ...condition('RSA_2048') }))), request)).toBe('allow');
    expect(asked.times).toBe(1);
  });
});

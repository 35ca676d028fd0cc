import { malformedPolicy } from '../../wire/errors';
import { ARN_PARTITION } from '../identity/account';
import { principalAccount } from '../identity/principal';
import { conditionOperators, dateOf, operatorNames } from './conditionOperators';
import type { Effect, PolicyCondition, PolicyDocument, PolicyStatement, PrincipalSet, SetQualifier } from './PolicyDocument';

/** KMS's key policy size quota, in bytes. */
export const MAX_POLICY_BYTES = 32768;

const DOCUMENT_ELEMENTS = ['Version', 'Id', 'Statement'];
const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
const ACCOUNT_ID = /^\d{12}$/;
const ACTION = /^kms:[A-Za-z*?]+$/;

/**
 * Parses and validates a key policy as KMS does before it stores one: size, JSON, the policy grammar,
 * principals, actions and condition operators. Anything wrong is MalformedPolicyDocumentException
 * with a message that names the statement and the element.
 */
export function parsePolicy(text: string): PolicyDocument {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_POLICY_BYTES) {
    throw malformedPolicy(`The key policy is ${bytes} bytes; a key policy may be at most ${MAX_POLICY_BYTES} bytes.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw malformedPolicy(`The key policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!isObject(parsed)) throw malformedPolicy('The key policy must be a JSON object with a Statement element.');
  const unknown = Object.keys(parsed).find((name) => !DOCUMENT_ELEMENTS.includes(name));
  if (unknown !== undefined) {
    throw malformedPolicy(`The key policy has an unknown element '${unknown}'; a policy document has Version, Id and Statement.`);
  }
  if (parsed.Version !== undefined && (typeof parsed.Version !== 'string' || !VERSIONS.includes(parsed.Version))) {
    throw malformedPolicy(`The key policy Version must be ${VERSIONS.join(' or ')}; got ${JSON.stringify(parsed.Version)}.`);
  }
  if (parsed.Id !== undefined && typeof parsed.Id !== 'string') throw malformedPolicy('The key policy Id must be a string.');
  if (parsed.Statement === undefined) throw malformedPolicy('The key policy has no Statement element.');
  const raw = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  if (raw.length === 0) throw malformedPolicy('The key policy Statement list is empty.');
  const statements = raw.map((statement, index) => parseStatement(statement, `Statement ${index + 1}`));
  const sids = statements.flatMap((statement) => (statement.sid === undefined ? [] : [statement.sid]));
  const repeated = sids.find((sid, index) => sids.indexOf(sid) !== index);
  if (repeated !== undefined) throw malformedPolicy(`The Sid '${repeated}' is used by more than one statement; Sids must be unique.`);
  return { statements };
}

function parseStatement(raw: unknown, where: string): PolicyStatement {
  if (!isObject(raw)) throw malformedPolicy(`${where} must be a JSON object.`);
  const label = typeof raw.Sid === 'string' ? `${where} (Sid '${raw.Sid}')` : where;
  const unknown = Object.keys(raw).find((name) => !STATEMENT_ELEMENTS.includes(name));
  if (unknown !== undefined) {
    throw malformedPolicy(`${label} has an unknown element '${unknown}'; a statement has ${STATEMENT_ELEMENTS.join(', ')}.`);
  }
  if (raw.Sid !== undefined && (typeof raw.Sid !== 'string' || !/^[A-Za-z0-9 ]*$/.test(raw.Sid))) {
    throw malformedPolicy(`${where} has a Sid that is not a string of letters, digits and spaces.`);
  }
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') {
    throw malformedPolicy(`${label} has Effect ${JSON.stringify(raw.Effect)}; Effect must be Allow or Deny.`);
  }
  const effect: Effect = raw.Effect;
  const principal = exactlyOne(raw, 'Principal', 'NotPrincipal', label);
  const action = exactlyOne(raw, 'Action', 'NotAction', label);
  const resource = exactlyOne(raw, 'Resource', 'NotResource', label);
  strings(raw[resource], `${label} ${resource}`);
  const principals = parsePrincipal(raw[principal], `${label} ${principal}`);
  const actions = strings(raw[action], `${label} ${action}`);
  for (const entry of actions) {
    if (entry !== '*' && !ACTION.test(entry)) {
      throw malformedPolicy(`${label} ${action} '${entry}' is not a KMS action: write kms:<Operation>, wildcards * and ? allowed, or *.`);
    }
  }
  return {
    sid: typeof raw.Sid === 'string' ? raw.Sid : undefined,
    effect,
    ...(principal === 'Principal' ? { principal: principals } : { notPrincipal: principals }),
    ...(action === 'Action' ? { actions } : { notActions: actions }),
    conditions: raw.Condition === undefined ? [] : parseConditions(raw.Condition, label),
  };
}

function exactlyOne<A extends string, B extends string>(raw: Record<string, unknown>, a: A, b: B, label: string): A | B {
  const hasA = raw[a] !== undefined;
  const hasB = raw[b] !== undefined;
  if (hasA && hasB) throw malformedPolicy(`${label} has both ${a} and ${b}; give one of them.`);
  if (!hasA && !hasB) throw malformedPolicy(`${label} has no ${a} (or ${b}) element.`);
  return hasA ? a : b;
}

function strings(value: unknown, label: string): readonly string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((entry) => typeof entry === 'string' && entry !== '')) {
    throw malformedPolicy(`${label} must be a non-empty string or a non-empty list of them.`);
  }
  return list;
}

function parsePrincipal(value: unknown, label: string): PrincipalSet {
  if (value === '*') return { any: true, arns: [], services: [] };
  if (!isObject(value)) throw malformedPolicy(`${label} must be "*" or an object such as {"AWS": "arn:${ARN_PARTITION}:111122223333:root"}.`);
  const kinds = Object.keys(value);
  const other = kinds.find((kind) => kind !== 'AWS' && kind !== 'Service');
  if (other !== undefined || kinds.length === 0) {
    throw malformedPolicy(`${label} names a principal type '${other ?? 'none'}'; QKMS key policies take AWS and Service principals.`);
  }
  const aws = value.AWS === undefined ? [] : strings(value.AWS, `${label} AWS`);
  const services = value.Service === undefined ? [] : strings(value.Service, `${label} Service`);
  for (const entry of aws) {
    if (entry !== '*' && !ACCOUNT_ID.test(entry) && principalAccount(entry) === undefined) {
      throw malformedPolicy(
        `${label} has an invalid principal '${entry}': write "*", a 12-digit account id, or a principal ARN such as arn:${ARN_PARTITION}:111122223333:root, …:role/<name> or …:user/<name>.`,
      );
    }
  }
  for (const entry of services) {
    if (!/^[a-z0-9.-]+\.amazonaws\.com$/.test(entry)) throw malformedPolicy(`${label} has an invalid service principal '${entry}'.`);
  }
  return { any: aws.includes('*'), arns: aws.filter((entry) => entry !== '*'), services };
}

function parseConditions(value: unknown, label: string): readonly PolicyCondition[] {
  if (!isObject(value)) throw malformedPolicy(`${label} Condition must be an object of operator → {condition key: values}.`);
  const conditions: PolicyCondition[] = [];
  for (const [written, block] of Object.entries(value)) {
    const { operator, qualifier, ifExists } = parseOperator(written, label);
    if (!isObject(block) || Object.keys(block).length === 0) {
      throw malformedPolicy(`${label} Condition ${written} must be an object of condition key → values.`);
    }
    for (const [key, raw] of Object.entries(block)) {
      if (!/^(kms|aws):[^\s]+$/i.test(key)) {
        throw malformedPolicy(`${label} Condition ${written} has a condition key '${key}' that is not a kms: or aws: key.`);
      }
      const values = (Array.isArray(raw) ? raw : [raw]).map((entry: unknown) => {
        if (typeof entry === 'string') return entry;
        if (typeof entry === 'number' || typeof entry === 'boolean') return String(entry);
        throw malformedPolicy(`${label} Condition ${written} ${key} must be a string, number or boolean, or a list of them.`);
      });
      if (values.length === 0) throw malformedPolicy(`${label} Condition ${written} ${key} has no values.`);
      checkValues(operator, values, `${label} Condition ${written} ${key}`);
      conditions.push({ written, operator, qualifier, ifExists, key, values });
    }
  }
  return conditions;
}

function parseOperator(written: string, label: string): { operator: string; qualifier?: SetQualifier; ifExists: boolean } {
  const [, prefix, rest = ''] = /^(?:(ForAnyValue|ForAllValues):)?(.*)$/s.exec(written) ?? [];
  const qualifier = prefix === 'ForAnyValue' || prefix === 'ForAllValues' ? prefix : undefined;
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  const operator = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  if (!operatorNames.includes(operator) || (operator === 'Null' && (ifExists || qualifier !== undefined))) {
    throw malformedPolicy(
      `${label} Condition has an unknown operator '${written}'. QKMS evaluates ${operatorNames.join(', ')}, with IfExists and ForAnyValue:/ForAllValues: forms (not for Null).`,
    );
  }
  return { operator, qualifier, ifExists };
}

function checkValues(operator: string, values: readonly string[], label: string): void {
  const kind = operator === 'Null' ? 'bool' : conditionOperators[operator].valueKind;
  for (const value of values) {
    const bad =
      (kind === 'bool' && !['true', 'false'].includes(value.toLowerCase())) ||
      (kind === 'number' && (value.trim() === '' || Number.isNaN(Number(value)))) ||
      (kind === 'date' && Number.isNaN(dateOf(value)));
    if (bad) throw malformedPolicy(`${label} has a value '${value}' that is not a ${kind === 'bool' ? 'boolean (true or false)' : kind}.`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

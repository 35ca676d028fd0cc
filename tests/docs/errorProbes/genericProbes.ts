import { faultsOf, operationSpecs } from '../../../mock-server/index';
import type { OperationName } from '../../../mock-server/index';
import type { DocExample, ExampleRequest } from '../../../scripts/examples/docExamples';
import { kmsCall } from '../../support/kmsRequest';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID, keyArn, SEEDED_KEY_IDS } from '../../support/sandbox';
import type { Probe } from './Probe';

const MISSING_KEY = keyArn('00000000-1111-4222-8333-444444444444');
const MISSING_KEY_STORE = 'cks-00000000000000000';
const MALFORMED_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ID_OR_ARN = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|arn:verenc:\d{12}:key\/[0-9a-f-]{36})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const withBody = (request: ExampleRequest, change: Record<string, unknown>): ExampleRequest => ({
  ...request,
  body: { ...(isRecord(request.body) ? request.body : {}), ...change },
});

const withHeader = (request: ExampleRequest, name: string, value: string): ExampleRequest => ({
  ...request,
  headers: { ...request.headers, [name]: value },
});

/**
 * Probes every operation gets from its page's first successful example: each sandbox fault the
 * operation can answer, the sandbox clock two days ahead, DryRun, a malformed grant token, a malformed
 * paging marker, a missing and each seeded custom key store; in each of its
 * key members a malformed ARN, a key that does not exist and every seeded key (each spec and usage);
 * and the example's key — or, when it names none by id or ARN, each seeded key — disabled and pending deletion.
 */
export function genericProbes(operation: OperationName, example: DocExample): Probe[] {
  const { setup, request } = example;
  const members = new Set(operationSpecs[operation].input.map((member) => member.name));
  const probes: Probe[] = faultsOf(operation).map((fault) => ({
    why: `the fault header asks for ${fault}`,
    setup,
    request: withHeader(request, 'X-Qkms-Sandbox-Fault', fault),
  }));
  const change = (why: string, body: Record<string, unknown>) => probes.push({ why, setup, request: withBody(request, body) });
  // Import tokens and imported material expire: the same request two days later.
  probes.push({ why: 'the sandbox clock is two days ahead', setup, request: withHeader(request, 'X-Qkms-Sandbox-Advance-Clock', '2d') });
  if (members.has('CustomKeyStoreId')) {
    change('CustomKeyStoreId names no key store', { CustomKeyStoreId: MISSING_KEY_STORE });
    for (const keyStore of [CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID]) change(`CustomKeyStoreId is the seeded key store ${keyStore}`, { CustomKeyStoreId: keyStore });
  }
  if (members.has('DryRun')) change('DryRun is true', { DryRun: true });
  if (members.has('GrantTokens')) change('a grant token is malformed', { GrantTokens: ['not-a-grant-token'] });
  if (members.has('Marker')) change('the paging marker is not one QKMS gave', { Marker: 'bm90LWEtbWFya2Vy' });
  for (const member of ['KeyId', 'SourceKeyId', 'DestinationKeyId', 'TargetKeyId'].filter((name) => members.has(name))) {
    change(`${member} is a malformed ARN`, { [member]: MALFORMED_ARN });
    change(`${member} names no key`, { [member]: MISSING_KEY });
    for (const seeded of SEEDED_KEY_IDS) change(`${member} is the seeded key ${seeded}`, { [member]: seeded });
  }
  if (!members.has('KeyId') && !members.has('CiphertextBlob')) return probes;
  // The example's own key when it names one by id or ARN, else each seeded key (a ciphertext names its own).
  const keyId = isRecord(request.body) ? request.body.KeyId : undefined;
  const keys = typeof keyId === 'string' && KEY_ID_OR_ARN.test(keyId) ? [keyId] : SEEDED_KEY_IDS;
  for (const key of keys) {
    probes.push(
      { why: `the key ${key} is disabled`, setup: [...setup, kmsCall('DisableKey', { KeyId: key })], request, setupMayFail: true },
      {
        why: `the key ${key} is pending deletion`,
        setup: [...setup, kmsCall('ScheduleKeyDeletion', { KeyId: key, PendingWindowInDays: 7 })],
        request,
        setupMayFail: true,
      },
    );
  }
  return probes;
}

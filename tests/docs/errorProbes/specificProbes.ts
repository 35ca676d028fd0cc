import type { OperationName } from '../../../mock-server/index';
import { ALIASES_PER_KEY } from '../../../mock-server/model/aliases/aliasesPerKey';
import { TAGS_PER_KEY } from '../../../mock-server/model/tags/checkTags';
import { ON_DEMAND_ROTATION_LIMIT } from '../../../mock-server/operations/rotateKeyOnDemand';
import type { ExampleRequest } from '../../../scripts/examples/docExamples';
import { kmsCall } from '../../support/kmsRequest';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID } from '../../support/sandbox';
import type { Probe } from './Probe';

const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const scheduleDeletion = (keyId: string): ExampleRequest => kmsCall('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
const aliasesOn = (keyId: string, count: number): ExampleRequest[] =>
  times(count, (index) => kmsCall('CreateAlias', { AliasName: `alias/probe-${index}`, TargetKeyId: keyId }));
/** The first example key starts with two tags (the seed). */
const SEEDED_TAGS = 2;

/** Probes for the errors no generic probe reaches: keys that hit a limit, requests a rule refuses… */
export const specificProbes: Partial<Record<OperationName, readonly Probe[]>> = {
  CreateAlias: [
    {
      why: 'the target key is pending deletion',
      setup: [scheduleDeletion(SECOND_KEY_ID)],
      request: kmsCall('CreateAlias', { AliasName: 'alias/probe', TargetKeyId: SECOND_KEY_ID }),
    },
    {
      why: 'the target key already has the most aliases a key may have',
      setup: aliasesOn(SECOND_KEY_ID, ALIASES_PER_KEY),
      request: kmsCall('CreateAlias', { AliasName: 'alias/one-too-many', TargetKeyId: SECOND_KEY_ID }),
    },
  ],
  UpdateAlias: [
    {
      why: 'the new target key is pending deletion',
      setup: [kmsCall('CreateAlias', { AliasName: 'alias/probe', TargetKeyId: EXAMPLE_KEY_ID }), scheduleDeletion(SECOND_KEY_ID)],
      request: kmsCall('UpdateAlias', { AliasName: 'alias/probe', TargetKeyId: SECOND_KEY_ID }),
    },
    {
      why: 'the new target key already has the most aliases a key may have',
      setup: [kmsCall('CreateAlias', { AliasName: 'alias/moving', TargetKeyId: EXAMPLE_KEY_ID }), ...aliasesOn(SECOND_KEY_ID, ALIASES_PER_KEY)],
      request: kmsCall('UpdateAlias', { AliasName: 'alias/moving', TargetKeyId: SECOND_KEY_ID }),
    },
  ],
  CreateKey: [
    { why: 'the policy is not a policy document', setup: [], request: kmsCall('CreateKey', { Policy: 'not a policy' }) },
    { why: 'a tag key uses the reserved aws: prefix', setup: [], request: kmsCall('CreateKey', { Tags: [{ TagKey: 'aws:team', TagValue: 'x' }] }) },
    { why: 'the key spec is SM2', setup: [], request: kmsCall('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }) },
  ],
  GenerateDataKeyPairWithoutPlaintext: [
    {
      why: 'the key pair spec is SM2',
      setup: [],
      request: kmsCall('GenerateDataKeyPairWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'SM2' }),
    },
  ],
  RotateKeyOnDemand: [
    {
      why: 'the key has been rotated on demand as often as a key may be',
      setup: times(ON_DEMAND_ROTATION_LIMIT, () => kmsCall('RotateKeyOnDemand', { KeyId: SECOND_KEY_ID })),
      request: kmsCall('RotateKeyOnDemand', { KeyId: SECOND_KEY_ID }),
    },
  ],
  TagResource: [
    {
      why: 'the key is pending deletion',
      setup: [scheduleDeletion(EXAMPLE_KEY_ID)],
      request: kmsCall('TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: 'Team', TagValue: 'docs' }] }),
    },
    {
      why: 'the tags would exceed the most a key may have',
      setup: [],
      request: kmsCall('TagResource', {
        KeyId: EXAMPLE_KEY_ID,
        Tags: times(TAGS_PER_KEY - SEEDED_TAGS + 1, (index) => ({ TagKey: `probe-${index}`, TagValue: 'x' })),
      }),
    },
  ],
  RetireGrant: [
    {
      why: 'KeyId is a malformed ARN',
      setup: [],
      request: kmsCall('RetireGrant', { KeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', GrantId: SEEDED_GRANT_ID }),
    },
    { why: 'GrantId is malformed', setup: [], request: kmsCall('RetireGrant', { KeyId: keyArn(EXAMPLE_KEY_ID), GrantId: 'not-a-grant-id' }) },
    { why: 'no grant has the GrantId', setup: [], request: kmsCall('RetireGrant', { KeyId: keyArn(EXAMPLE_KEY_ID), GrantId: '0'.repeat(64) }) },
  ],
  RevokeGrant: [{ why: 'GrantId is malformed', setup: [], request: kmsCall('RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: 'not-a-grant-id' }) }],
};

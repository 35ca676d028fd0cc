import { describe, expect, it } from 'vitest';
import { createQkms, EXAMPLE_GRANT_ID, EXAMPLE_KEY_ID, SECOND_EXAMPLE_KEY_ID } from '../../../../../mock-server';
import type { Qkms } from '../../../../../mock-server';
import { buildRequest } from '../../../../../src/components/ApiTester/model/buildRequest';
import { hasScratch, makeScratchTarget } from '../../../../../src/components/ApiTester/model/makeScratchTarget';
import type { SandboxCall } from '../../../../../src/components/ApiTester/model/makeScratchTarget';
import { sharedTarget } from '../../../../../src/components/ApiTester/model/sharedTarget';
import { isJsonObject } from '../../../../../src/json/isJsonObject';
import type { JsonObject, JsonValue } from '../../../../../src/json/JsonValue';

const callOf =
  (qkms: Qkms): SandboxCall =>
  async (operation, body) => {
    const reply = await qkms.fetch(buildRequest(operation, JSON.stringify(body), undefined));
    const answer: JsonValue = JSON.parse(await reply.text());
    if (!isJsonObject(answer)) throw new Error('not a JSON object');
    if (!reply.ok) throw new Error(`${String(answer.__type)}: ${String(answer.message)}`);
    return answer;
  };

/** What other pages' examples see of the seeded resources. */
async function examplesView(call: SandboxCall): Promise<unknown> {
  return {
    key: (await call('DescribeKey', { KeyId: EXAMPLE_KEY_ID })).KeyMetadata,
    second: (await call('DescribeKey', { KeyId: SECOND_EXAMPLE_KEY_ID })).KeyMetadata,
    rotation: await call('GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID }),
    rotations: await call('ListKeyRotations', { KeyId: EXAMPLE_KEY_ID }),
    policy: await call('GetKeyPolicy', { KeyId: EXAMPLE_KEY_ID }),
    tags: await call('ListResourceTags', { KeyId: EXAMPLE_KEY_ID }),
    aliases: ((await call('ListAliases', {})).Aliases as JsonValue[]).filter((alias) => isJsonObject(alias) && !String(alias.AliasName).startsWith('alias/scratch-')),
    grants: await call('ListGrants', { KeyId: SECOND_EXAMPLE_KEY_ID }),
  };
}

/** The first example of each destructive page, as the tester is prefilled with it. */
const examples: readonly (readonly [string, JsonObject])[] = [
  ['ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 30 }],
  ['DisableKey', { KeyId: EXAMPLE_KEY_ID }],
  ['RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID }],
  ['EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 }],
  ['DisableKeyRotation', { KeyId: EXAMPLE_KEY_ID }],
  ['PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, PolicyName: 'default', Policy: '{"Version":"2012-10-17","Statement":[{"Sid":"Admin","Effect":"Allow","Principal":{"AWS":"arn:verenc:111122223333:root"},"Action":"kms:*","Resource":"*"}]}' }],
  ['CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID }],
  ['UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID, Description: 'Changed' }],
  ['TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: 'CostCenter', TagValue: '87654' }] }],
  ['UntagResource', { KeyId: EXAMPLE_KEY_ID, TagKeys: ['Environment'] }],
  ['RevokeGrant', { KeyId: SECOND_EXAMPLE_KEY_ID, GrantId: EXAMPLE_GRANT_ID }],
  ['RetireGrant', { KeyId: `arn:verenc:111122223333:key/${SECOND_EXAMPLE_KEY_ID}`, GrantId: EXAMPLE_GRANT_ID }],
  ['DeleteAlias', { AliasName: 'alias/ExampleAlias' }],
  ['UpdateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: SECOND_EXAMPLE_KEY_ID }],
];

describe('scratch targets for destructive testers', () => {
  it.each(examples)('%s sent at its scratch target succeeds and leaves the examples other pages use as they were', async (operation, example) => {
    const call = callOf(createQkms());
    const target = sharedTarget(operation, example);
    expect(target).toBeDefined();
    if (target === undefined) return;
    expect(hasScratch(operation, target)).toBe(true);
    const before = await examplesView(call);
    const scratch = await makeScratchTarget(call, operation, target, example);
    expect(sharedTarget(operation, scratch.body)).toBeUndefined();
    await call(operation, scratch.body);
    expect(await examplesView(call)).toEqual(before);
  });

  it('keeps the key named the way the example named it, by ARN or by id', async () => {
    const call = callOf(createQkms());
    const example = { KeyId: `arn:verenc:111122223333:key/${SECOND_EXAMPLE_KEY_ID}`, GrantId: EXAMPLE_GRANT_ID };
    const target = sharedTarget('RetireGrant', example);
    if (target === undefined) throw new Error('the example grant is shared');
    const { body } = await makeScratchTarget(call, 'RetireGrant', target, example);
    expect(String(body.KeyId)).toMatch(/^arn:verenc:111122223333:key\//);
  });

  it('flags example resources only for destructive operations, aliases and ARNs included', () => {
    expect(sharedTarget('DisableKey', { KeyId: 'alias/ExampleAlias' })).toEqual({ kind: 'key', member: 'KeyId', value: 'alias/ExampleAlias' });
    expect(sharedTarget('DisableKey', { KeyId: `arn:verenc:111122223333:key/${EXAMPLE_KEY_ID}` })?.kind).toBe('key');
    expect(sharedTarget('DescribeKey', { KeyId: EXAMPLE_KEY_ID })).toBeUndefined();
    expect(sharedTarget('DisableKey', { KeyId: '11111111-2222-4333-8444-555555555555' })).toBeUndefined();
    const store = sharedTarget('DeleteCustomKeyStore', { CustomKeyStoreId: 'cks-9f8e7d6c5b4a30291' });
    expect(store?.kind).toBe('custom key store');
    if (store) expect(hasScratch('DeleteCustomKeyStore', store)).toBe(false);
  });
});

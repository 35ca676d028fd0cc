import type { Qkms } from '../../../../mock-server';
import { call } from './call';

/** Creates an alias, failing loudly when CreateAlias refuses. */
export async function alias(qkms: Qkms, AliasName: string, TargetKeyId: string): Promise<void> {
  const reply = await call(qkms, 'CreateAlias', { AliasName, TargetKeyId });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
}

/** Schedules the key's deletion, failing loudly when ScheduleKeyDeletion refuses. */
export async function scheduleDeletion(qkms: Qkms, KeyId: string): Promise<void> {
  const reply = await call(qkms, 'ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
}

/** The alias entries ListAliases answers for `body`. */
export async function aliasesOf(qkms: Qkms, body: object = {}): Promise<Record<string, unknown>[]> {
  const reply = await call(qkms, 'ListAliases', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body.Aliases as Record<string, unknown>[];
}

/** The tags ListResourceTags answers for the key. */
export async function tagsOf(qkms: Qkms, KeyId: string): Promise<unknown> {
  const reply = await call(qkms, 'ListResourceTags', { KeyId });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body.Tags;
}

import type { Tag } from '../../store/records/KeyRecord';
import { limitExceeded, tagError } from '../../wire/errors';

/** AWS's limit of tags on one KMS key. */
export const TAGS_PER_KEY = 50;

/**
 * The tag rules CreateKey and TagResource share, beyond the model's lengths (validation checked
 * those): unique keys within the request, no `aws:` prefix (reserved for AWS), and at most
 * TAGS_PER_KEY tags on the key once these are applied.
 */
export function checkTags(tags: readonly Tag[], existing: readonly Tag[] = []): void {
  const keys = tags.map((tag) => tag.TagKey);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) throw tagError(`Tag key ${duplicate} appears more than once in the request; tag keys must be unique.`);
  const reserved = keys.find((key) => key.toLowerCase().startsWith('aws:'));
  if (reserved !== undefined) throw tagError(`Tag key ${reserved} begins with aws:, which is reserved for AWS.`);
  const count = mergeTags(existing, tags).length;
  if (count > TAGS_PER_KEY) {
    throw limitExceeded(`The key would have ${count} tags; a KMS key may have at most ${TAGS_PER_KEY}.`);
  }
}

/** The key's tags with `added` applied: a tag key already there takes the new value in place, new keys go last. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const byKey = new Map(existing.map((tag) => [tag.TagKey, tag.TagValue]));
  for (const tag of added) byKey.set(tag.TagKey, tag.TagValue);
  return [...byKey].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}

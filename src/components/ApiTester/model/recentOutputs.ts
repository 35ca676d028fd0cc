import { stringPairs } from './outputs';
import type { CiphertextBinding, Output } from './outputs';

const storageKey = 'qkms-sandbox-recent-outputs';
const limit = 8;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const isOutput = (value: unknown): value is Output =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).name === 'string' &&
  typeof (value as Record<string, unknown>).value === 'string' &&
  typeof (value as Record<string, unknown>).operation === 'string';

function bindingFrom(value: unknown): CiphertextBinding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { keyId, context } = value as Record<string, unknown>;
  return typeof keyId === 'string' ? { keyId, context: stringPairs(context) } : { context: stringPairs(context) };
}

/** An output as stored, keeping its binding only when it still has the shape this version writes. */
function restore(output: Output): Output {
  const { name, value, operation } = output;
  const boundTo = bindingFrom(output.boundTo);
  return boundTo ? { name, value, operation, boundTo } : { name, value, operation };
}

/** Outputs of recent requests in this tab, newest first; sessionStorage carries them from page to page. */
export function readRecentOutputs(storage: StorageLike): Output[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isOutput).map(restore) : [];
  } catch {
    return [];
  }
}

/** Puts new outputs first, drops repeats of the same name and value, keeps the newest few. */
export function rememberOutputs(storage: StorageLike, outputs: readonly Output[]): Output[] {
  const fresh = [...outputs];
  for (const old of readRecentOutputs(storage)) {
    if (!fresh.some((output) => output.name === old.name && output.value === old.value)) fresh.push(old);
  }
  const kept = fresh.slice(0, limit);
  try {
    storage.setItem(storageKey, JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the outputs still show for this page.
  }
  return kept;
}

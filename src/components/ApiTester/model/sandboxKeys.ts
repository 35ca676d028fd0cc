import type { Qkms } from '../../../../mock-server';
import { buildRequest } from './buildRequest';

export interface SandboxKey {
  readonly keyId: string;
  readonly keyState: string;
  readonly description: string;
  readonly keySpec: string;
  readonly keyUsage: string;
}

/** An alias of the sandbox and the key it names. */
export interface SandboxAlias {
  readonly aliasName: string;
  readonly targetKeyId: string;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function call(qkms: Qkms, operation: string, body: Readonly<Record<string, unknown>>): Promise<Readonly<Record<string, unknown>>> {
  const response = await qkms.fetch(buildRequest(operation, JSON.stringify(body), undefined));
  const parsed: unknown = await response.json();
  if (!response.ok || !isRecord(parsed)) {
    const message = isRecord(parsed) && typeof parsed.message === 'string' ? parsed.message : `HTTP ${response.status}`;
    throw new Error(`${operation} failed: ${message}`);
  }
  return parsed;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Every key of the sandbox with its state, read through the sandbox's own ListKeys and DescribeKey. */
export async function listSandboxKeys(qkms: Qkms): Promise<SandboxKey[]> {
  const ids: string[] = [];
  let marker: string | undefined;
  do {
    const page = await call(qkms, 'ListKeys', marker === undefined ? { Limit: 1000 } : { Limit: 1000, Marker: marker });
    const keys = Array.isArray(page.Keys) ? page.Keys : [];
    for (const entry of keys) if (isRecord(entry) && typeof entry.KeyId === 'string') ids.push(entry.KeyId);
    marker = page.Truncated === true && typeof page.NextMarker === 'string' ? page.NextMarker : undefined;
  } while (marker !== undefined);
  return Promise.all(
    ids.map(async (keyId) => {
      const described = await call(qkms, 'DescribeKey', { KeyId: keyId });
      const metadata = isRecord(described.KeyMetadata) ? described.KeyMetadata : {};
      return {
        keyId,
        keyState: text(metadata.KeyState),
        description: text(metadata.Description),
        keySpec: text(metadata.KeySpec),
        keyUsage: text(metadata.KeyUsage),
      };
    }),
  );
}

/** Every alias of the sandbox that names a key, through the sandbox's own ListAliases. */
export async function listSandboxAliases(qkms: Qkms): Promise<SandboxAlias[]> {
  const aliases: SandboxAlias[] = [];
  let marker: string | undefined;
  do {
    const page = await call(qkms, 'ListAliases', marker === undefined ? { Limit: 100 } : { Limit: 100, Marker: marker });
    const entries = Array.isArray(page.Aliases) ? page.Aliases : [];
    for (const entry of entries) {
      if (isRecord(entry) && typeof entry.AliasName === 'string' && typeof entry.TargetKeyId === 'string') {
        aliases.push({ aliasName: entry.AliasName, targetKeyId: entry.TargetKeyId });
      }
    }
    marker = page.Truncated === true && typeof page.NextMarker === 'string' ? page.NextMarker : undefined;
  } while (marker !== undefined);
  return aliases;
}

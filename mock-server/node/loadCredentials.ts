import { readFile } from 'node:fs/promises';
import { UsageError } from './UsageError';

export interface SigV4Credential {
  readonly secretAccessKey: string;
  /** Who requests signed with this key are made by; undefined calls as the sandbox account's root. */
  readonly principal: string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `{"<access key id>": {"secretAccessKey": "…", "principal": "<principal ARN>"}, …}` (principal
 * optional) and rejects anything else with a message naming the file and the entry.
 */
export async function loadCredentials(file: string): Promise<Record<string, SigV4Credential>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--credentials: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--credentials: ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(parsed) || Object.keys(parsed).length === 0) {
    throw new UsageError(
      `--credentials: ${file} must hold a non-empty JSON object of access key id -> {"secretAccessKey": "...", "principal": "<ARN>"}.`,
    );
  }
  const credentials: Record<string, SigV4Credential> = {};
  for (const [accessKeyId, entry] of Object.entries(parsed)) {
    const secret = isObject(entry) ? entry.secretAccessKey : undefined;
    if (typeof secret !== 'string' || secret === '') {
      throw new UsageError(`--credentials: '${accessKeyId}' in ${file} needs a non-empty string "secretAccessKey".`);
    }
    const principal = isObject(entry) ? entry.principal : undefined;
    if (principal !== undefined && (typeof principal !== 'string' || principal === '')) {
      throw new UsageError(`--credentials: the "principal" of '${accessKeyId}' in ${file} must be a non-empty string when given.`);
    }
    credentials[accessKeyId] = { secretAccessKey: secret, principal };
  }
  return credentials;
}

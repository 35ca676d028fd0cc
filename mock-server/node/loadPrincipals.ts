import { readFile } from 'node:fs/promises';
import { UsageError } from './UsageError';

/** Reads `{"<access key id>": "<principal ARN>", ...}` and rejects anything else with a message naming the file. */
export async function loadPrincipals(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--principals: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--principals: ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`--principals: ${file} must hold a JSON object of access key id -> principal ARN.`);
  }
  const principals: Record<string, string> = {};
  for (const [accessKeyId, principal] of Object.entries(parsed)) {
    if (typeof principal !== 'string' || principal === '') {
      throw new UsageError(`--principals: the principal for '${accessKeyId}' in ${file} must be a non-empty string.`);
    }
    principals[accessKeyId] = principal;
  }
  return principals;
}

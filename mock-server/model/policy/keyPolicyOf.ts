import type { KeyRecord } from '../../store/records/KeyRecord';
import { defaultKeyPolicy } from './defaultKeyPolicy';
import { parsePolicy } from './parsePolicy';
import type { PolicyDocument } from './PolicyDocument';

// Parsed documents by their text: a policy is parsed once however many requests it decides.
const parsed = new Map<string, PolicyDocument>();
// The default policies by account, so a key without its own policy does not build and hash the text per request.
const defaults = new Map<string, PolicyDocument>();

/** The key's policy as a document: its own, or the default one. Stored policies were validated when put. */
export function keyPolicyOf(key: KeyRecord): PolicyDocument {
  if (key.policy === undefined) {
    let document = defaults.get(key.AWSAccountId);
    if (document === undefined) {
      document = parsePolicy(defaultKeyPolicy(key.AWSAccountId));
      if (defaults.size >= 256) defaults.clear();
      defaults.set(key.AWSAccountId, document);
    }
    return document;
  }
  const text = key.policy;
  let document = parsed.get(text);
  if (document === undefined) {
    document = parsePolicy(text);
    if (parsed.size >= 256) parsed.clear();
    parsed.set(text, document);
  }
  return document;
}

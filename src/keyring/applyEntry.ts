import type { JsonValue } from '../json/JsonValue';
import type { FieldDef } from '../components/ApiTester/model/fieldDefs';
import type { TesterAction } from '../components/ApiTester/state/TesterAction';
import { entryLabel } from './entryTargets';
import type { EntrySecret, KeyringEntry } from './KeyringEntry';

type ApplyOutput = Extract<TesterAction, { readonly type: 'apply-output' }>;

/**
 * What else an entry brings with it, so the request works as it stands: a signature its message,
 * message type, algorithm and key for Verify; a MAC its message, algorithm and key for VerifyMac;
 * an import token or a grant id its key. Only members the form has are set.
 */
function companions(entry: KeyringEntry, secret: EntrySecret | undefined): Record<string, JsonValue> {
  const { keyId, signingAlgorithm, messageType, macAlgorithm } = entry.origin;
  const members: Record<string, JsonValue> = {};
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined) members[name] = value;
  };
  if (entry.kind === 'signature' || entry.kind === 'mac') set('Message', secret?.message);
  if (entry.kind === 'signature') {
    set('MessageType', messageType);
    set('SigningAlgorithm', signingAlgorithm);
  }
  if (entry.kind === 'mac') set('MacAlgorithm', macAlgorithm);
  if (['signature', 'mac', 'importToken', 'grantId'].includes(entry.kind)) set('KeyId', keyId);
  return members;
}

/**
 * The tester action "Use as <field>" dispatches for an entry: the value, the ciphertext's binding
 * (context and key) or the companions above, and a note when part of it stayed in another tab.
 */
export function applyEntry(entry: KeyringEntry, field: FieldDef, fields: readonly FieldDef[], secret?: EntrySecret): ApplyOutput {
  const names = new Set(fields.map((candidate) => candidate.name));
  const also = Object.fromEntries(Object.entries(companions(entry, secret)).filter(([name]) => names.has(name) && name !== field.name));
  const needsMessage = (entry.kind === 'signature' || entry.kind === 'mac') && secret === undefined && names.has('Message');
  const binding = entry.kind === 'ciphertext' ? { context: entry.origin.context ?? {}, ...(entry.origin.keyId ? { keyId: entry.origin.keyId } : {}) } : undefined;
  return {
    type: 'apply-output',
    field: field.name,
    value: entry.value,
    label: entryLabel(entry),
    ...(binding ? { binding } : {}),
    ...(Object.keys(also).length > 0 ? { also } : {}),
    ...(needsMessage ? { note: `The Message it was made over is plaintext, so it stayed in the tab that sent ${entry.origin.operation}: enter it yourself.` } : {}),
  };
}

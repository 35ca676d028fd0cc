import { isOperationName, keyRefusal } from '../../mock-server';
import type { FieldDef } from '../components/ApiTester/model/fieldDefs';
import { entryTargets } from './entryTargets';
import type { SandboxKeyList } from './sandboxKeyList';

/** One option of a key picker: a key or an alias, and why this operation would refuse it. */
export interface KeyChoice {
  readonly value: string;
  readonly label: string;
  readonly refusal?: string;
  readonly group: 'Keys' | 'Aliases';
}

/** The fields that get a key picker. */
export const hasKeyPicker = (operation: string, field: FieldDef): boolean => entryTargets({ kind: 'keyId' }, operation, [field]).length > 0;

/**
 * The key picker's options for one field: every sandbox key (description, key spec, usage, state),
 * then every alias where the field takes aliases, each flagged with keyRefusal when the operation
 * would refuse the key in this field.
 */
export function keyChoices(operation: string, field: FieldDef, list: SandboxKeyList): KeyChoice[] {
  const refusalOf = (key: SandboxKeyList['keys'][number]) => (isOperationName(operation) ? keyRefusal(operation, field.name, key) : undefined);
  const withRefusal = (refusal: string | undefined) => (refusal === undefined ? {} : { refusal });
  const keys = list.keys.map((key): KeyChoice => {
    const name = key.description === '' ? key.keyId : `${key.description.slice(0, 60)}${key.description.length > 60 ? '…' : ''}`;
    return {
      value: key.keyId,
      // What decides whether the key fits comes first: a narrow select cuts the end of the text.
      label: `${key.keySpec} ${key.keyUsage}, ${key.keyState} — ${name} (${key.keyId.slice(0, 8)}…)`,
      group: 'Keys',
      ...withRefusal(refusalOf(key)),
    };
  });
  if (entryTargets({ kind: 'alias' }, operation, [field]).length === 0) return keys;
  const aliases = list.aliases.flatMap((alias): KeyChoice[] => {
    const key = list.keys.find((candidate) => candidate.keyId === alias.targetKeyId);
    if (key === undefined) return [];
    return [{ value: alias.aliasName, label: `${alias.aliasName} → ${key.keySpec} ${key.keyUsage}, ${key.keyState}`, group: 'Aliases', ...withRefusal(refusalOf(key)) }];
  });
  return [...keys, ...aliases];
}

/** The choice the field's text names (a key id, its ARN, or an alias name), for the warning under the field. */
export function choiceNamed(choices: readonly KeyChoice[], text: string): KeyChoice | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return choices.find((choice) => choice.value === trimmed || trimmed.endsWith(`:key/${choice.value}`) || trimmed.endsWith(`:${choice.value}`));
}

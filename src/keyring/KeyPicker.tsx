import React, { type ReactNode } from 'react';
import type { FieldDef } from '../components/ApiTester/model/fieldDefs';
import { choiceNamed, keyChoices } from './keyChoices';
import { useSandboxKeyList } from './sandboxKeyList';
import styles from './keyring.module.css';

export interface KeyPickerProps {
  readonly operation: string;
  readonly field: FieldDef;
  /** The field's text now. */
  readonly text: string;
  readonly onPick: (value: string) => void;
}

/**
 * "Destination Key Id" for DestinationKeyId: read as words, and a label that does not contain the
 * member's name, so the member's own text box stays the one control its name finds.
 */
const spokenName = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2');

/**
 * A native select of the sandbox's keys and aliases under a key field, each option saying whether
 * this operation can use it; a warning under the field when the key it names cannot. The text box
 * above stays the field's value, so any identifier can still be typed.
 */
export function KeyPicker({ operation, field, text, onPick }: KeyPickerProps): ReactNode {
  const list = useSandboxKeyList();
  const choices = keyChoices(operation, field, list);
  if (choices.length === 0) return null;
  const named = choiceNamed(choices, text);
  const selectId = `tester-${operation}-${field.name}-picker`;
  const groups = (['Keys', 'Aliases'] as const).filter((group) => choices.some((choice) => choice.group === group));
  return (
    <div className={styles.picker}>
      <label htmlFor={selectId}>
        Sandbox key<span className={styles.visuallyHidden}> for {spokenName(field.name)}</span>
      </label>
      <select id={selectId} value={named?.value ?? ''} onChange={(event) => event.target.value !== '' && onPick(event.target.value)}>
        <option value="">{named === undefined && text.trim() !== '' ? 'Typed above (not a sandbox key)' : 'Pick a key…'}</option>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {choices
              .filter((choice) => choice.group === group)
              .map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.refusal === undefined ? choice.label : `✗ cannot ${operation}: ${choice.label}`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <p className={named?.refusal === undefined ? styles.visuallyHidden : styles.warning} role="status">
        {named?.refusal === undefined ? '' : `This key will be refused: ${named.refusal}.`}
      </p>
    </div>
  );
}

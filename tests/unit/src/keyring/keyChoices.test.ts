import { describe, expect, it } from 'vitest';
import { choiceNamed, hasKeyPicker, keyChoices } from '../../../../src/keyring/keyChoices';
import type { SandboxKeyList } from '../../../../src/keyring/sandboxKeyList';
import { field } from './support';

const symmetric = { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', description: 'Example key', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled' };
const rsa = { keyId: 'e5a0c3b1-2d4f-4a6b-8c9d-0e1f2a3b4c5d', description: '', keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled' };
const disabled = { ...symmetric, keyId: '0987dcba-09fe-87dc-65ba-ab0987654321', description: 'Second', keyState: 'Disabled' };
const list: SandboxKeyList = { keys: [symmetric, rsa, disabled], aliases: [{ aliasName: 'alias/rsa', targetKeyId: rsa.keyId }] };

describe('the key picker', () => {
  it('goes under every key field, not under other strings', () => {
    expect(hasKeyPicker('ReEncrypt', field('ReEncrypt', 'DestinationKeyId'))).toBe(true);
    expect(hasKeyPicker('CreateAlias', field('CreateAlias', 'TargetKeyId'))).toBe(true);
    expect(hasKeyPicker('CreateAlias', field('CreateAlias', 'AliasName'))).toBe(false);
    expect(hasKeyPicker('CreateKey', field('CreateKey', 'XksKeyId'))).toBe(false);
  });

  it('flags an asymmetric key and its alias on ReEncrypt’s destination, and a disabled key, with the reason', () => {
    const choices = keyChoices('ReEncrypt', field('ReEncrypt', 'DestinationKeyId'), list);
    expect(choices.map((choice) => [choice.value, choice.refusal])).toEqual([
      [symmetric.keyId, undefined],
      [rsa.keyId, 'ReEncrypt takes only SYMMETRIC_DEFAULT keys in DestinationKeyId; this is RSA_2048'],
      [disabled.keyId, 'ReEncrypt refuses a Disabled key: it is disabled (EnableKey first)'],
      ['alias/rsa', 'ReEncrypt takes only SYMMETRIC_DEFAULT keys in DestinationKeyId; this is RSA_2048'],
    ]);
    expect(choices[0].label).toBe('SYMMETRIC_DEFAULT ENCRYPT_DECRYPT, Enabled — Example key (1234abcd…)');
  });

  it('takes the RSA key for Encrypt, refuses keys for Sign that cannot sign, and offers no aliases for a target key', () => {
    expect(keyChoices('Encrypt', field('Encrypt', 'KeyId'), list).every((choice) => choice.refusal === undefined || choice.value === disabled.keyId)).toBe(true);
    expect(keyChoices('Sign', field('Sign', 'KeyId'), list).every((choice) => choice.refusal !== undefined)).toBe(true);
    expect(keyChoices('CreateAlias', field('CreateAlias', 'TargetKeyId'), list).map((choice) => choice.group)).toEqual(['Keys', 'Keys', 'Keys']);
  });

  it('recognises the key a field names by id, ARN or alias', () => {
    const choices = keyChoices('Encrypt', field('Encrypt', 'KeyId'), list);
    expect(choiceNamed(choices, `arn:verenc:111122223333:key/${rsa.keyId}`)?.value).toBe(rsa.keyId);
    expect(choiceNamed(choices, 'alias/rsa')?.value).toBe('alias/rsa');
    expect(choiceNamed(choices, 'arn:verenc:111122223333:alias/rsa')?.value).toBe('alias/rsa');
    expect(choiceNamed(choices, '  ')).toBeUndefined();
    expect(choiceNamed(choices, 'something else')).toBeUndefined();
  });
});

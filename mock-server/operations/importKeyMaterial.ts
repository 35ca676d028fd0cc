import { IMPORTABLE_MATERIAL_BYTES, importedMaterialKeys } from '../crypto/importedMaterial';
import { materialSealer } from '../crypto/materialSealer';
import { importedMaterialId } from '../crypto/importedMaterialId';
import { unwrapKeyMaterial } from '../crypto/unwrapKeyMaterial';
import { readImportToken } from '../model/keys/importToken';
import { noteMaterialExpiry } from '../model/keys/nextMaterialExpiry';
import { requireExternalKey } from '../model/keys/requireExternalKey';
import { usableKey } from '../model/keys/usableKey';
import { WRAPPING_ALGORITHMS } from '../model/keys/wrappingAlgorithms';
import type { ImportedMaterialTerms, KeyRecord } from '../store/records/KeyRecord';
import type { ImportKeyMaterialInput } from '../spec';
import {
  expiredImportToken,
  incorrectKeyMaterial,
  invalidCiphertext,
  invalidImportToken,
  unsupportedOperation,
  validation,
} from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** KMS takes a ValidTo at most 365 days ahead. */
const MAX_VALID_TO_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Unwraps key material with the private half of the import token's parameters and makes it the key's
 * material. A key is bound to the first material imported into it: importing it again (after it was
 * deleted or expired, or to change its expiration) restores the key, other material is refused.
 */
export const importKeyMaterial: Operation<'ImportKeyMaterial'> = async (input, ctx) => {
  const terms = expirationTerms(input, ctx.now().getTime());
  if (input.ImportType === 'NEW_KEY_MATERIAL' && input.KeyMaterialId !== undefined) {
    throw validation('You cannot specify a KeyMaterialId with ImportType NEW_KEY_MATERIAL: new key material has no id yet.');
  }
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ImportKeyMaterial' });
  requireExternalKey(ctx, key);
  if (key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    const symmetricOnly = (['ImportType', 'KeyMaterialDescription', 'KeyMaterialId'] as const).filter((member) => input[member] !== undefined);
    if (symmetricOnly.length > 0) {
      throw validation(`${symmetricOnly.join(', ')}: only for SYMMETRIC_DEFAULT keys, as in AWS KMS; ${key.Arn} is a ${key.KeySpec} key.`);
    }
  }
  checkImportType(input, key);

  const now = ctx.now().getTime();
  const token = readImportToken(input.ImportToken);
  const parameters =
    token?.keyId === key.KeyId ? key.importParameters?.find((candidate) => sameBytes(candidate.handle, token.handle)) : undefined;
  if (parameters === undefined) {
    throw invalidImportToken(`The import token is not one GetParametersForImport issued for ${key.Arn}.`);
  }
  if (parameters.validTo <= now) {
    throw expiredImportToken(
      `The import token expired at ${new Date(parameters.validTo).toISOString()}. Call GetParametersForImport for a new public key and import token.`,
    );
  }
  const material = await unwrapKeyMaterial(parameters.privateKey, WRAPPING_ALGORITHMS[parameters.wrappingAlgorithm].wrapping, input.EncryptedKeyMaterial);
  if (material === undefined) {
    throw invalidCiphertext(
      `EncryptedKeyMaterial does not unwrap with ${parameters.wrappingAlgorithm}: wrap the key material with the public key and the wrapping algorithm of the GetParametersForImport response that gave this import token.`,
    );
  }
  const expected = IMPORTABLE_MATERIAL_BYTES[key.KeySpec];
  if (material.length !== expected) {
    throw incorrectKeyMaterial(`The key material is ${material.length} bytes; a ${key.KeySpec} key takes ${expected}-byte key material.`);
  }
  const id = await importedMaterialId(key.KeyId, material);
  const bound = key.importedMaterial?.id;
  if (bound !== undefined && id !== bound) {
    throw incorrectKeyMaterial(`The key material is not the key material of ${key.Arn} (KeyMaterialId ${bound}); a key takes only the material first imported into it.`);
  }

  const held = await importedMaterialKeys(key.KeySpec, material, await materialSealer(ctx.store));
  material.fill(0);
  const previous = key.materials[0];
  const updated: KeyRecord = {
    ...key,
    KeyState: key.KeyState === 'PendingImport' ? 'Enabled' : key.KeyState,
    materials: [{ version: 1, id, createdAt: previous?.createdAt ?? now, ...held, imported: terms }],
    importedMaterial: { id, description: input.KeyMaterialDescription ?? key.importedMaterial?.description },
  };
  await ctx.store.put('keys', key.KeyId, updated);
  if (terms.validTo !== undefined) await noteMaterialExpiry(ctx.store, terms.validTo);
  return { KeyId: key.Arn, KeyMaterialId: id };
};

/** ExpirationModel and ValidTo, checked together as KMS does. */
function expirationTerms(input: ImportKeyMaterialInput, now: number): ImportedMaterialTerms {
  const expirationModel = input.ExpirationModel ?? 'KEY_MATERIAL_DOES_NOT_EXPIRE';
  if (expirationModel === 'KEY_MATERIAL_DOES_NOT_EXPIRE') {
    if (input.ValidTo !== undefined) {
      throw validation('ValidTo is only for key material that expires: omit it, or set ExpirationModel to KEY_MATERIAL_EXPIRES.');
    }
    return { expirationModel };
  }
  if (input.ValidTo === undefined) throw validation('ExpirationModel KEY_MATERIAL_EXPIRES needs ValidTo, the time the key material expires.');
  const validTo = Math.round(input.ValidTo * 1000);
  if (validTo <= now || validTo > now + MAX_VALID_TO_MS) {
    throw validation(
      `ValidTo ${new Date(validTo).toISOString()} must be in the future and at most 365 days from now (${new Date(now).toISOString()}).`,
    );
  }
  return { expirationModel, validTo };
}

/** ImportType defaults as in KMS: NEW_KEY_MATERIAL for a key that never had material, else EXISTING_KEY_MATERIAL. */
function checkImportType(input: ImportKeyMaterialInput, key: KeyRecord): void {
  const bound = key.importedMaterial?.id;
  const importType = input.ImportType ?? (bound === undefined ? 'NEW_KEY_MATERIAL' : 'EXISTING_KEY_MATERIAL');
  if (importType === 'NEW_KEY_MATERIAL' && bound !== undefined) {
    throw unsupportedOperation(
      `${key.Arn} already has key material (KeyMaterialId ${bound}). QKMS does not rotate imported key material: import the same material with ImportType EXISTING_KEY_MATERIAL.`,
    );
  }
  if (importType === 'EXISTING_KEY_MATERIAL' && bound === undefined) {
    throw validation(`No key material was imported into ${key.Arn} yet: import it with ImportType NEW_KEY_MATERIAL, or omit ImportType.`);
  }
  if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== bound) {
    throw incorrectKeyMaterial(`Key material ${input.KeyMaterialId} is not associated with ${key.Arn}; its key material is ${bound}.`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

import { publicKeyDer } from '../crypto/publicKeyDer';
import { currentMaterial } from '../model/keys/currentMaterial';
import { usageProfile } from '../model/keys/keySpecs';
import { usableKey } from '../model/keys/usableKey';
import { customerMasterKeySpecValues } from '../spec';
import { unsupportedOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const getPublicKey: Operation<'GetPublicKey'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'GetPublicKey' });
  if (key.KeySpec === 'SYMMETRIC_DEFAULT' || key.KeyUsage === 'GENERATE_VERIFY_MAC') {
    throw unsupportedOperation(`${key.Arn} is a ${key.KeySpec} key: it has no public key. GetPublicKey takes asymmetric KMS keys only.`);
  }
  const profile = usageProfile(key.KeySpec, key.KeyUsage);
  return {
    KeyId: key.Arn,
    PublicKey: await publicKeyDer(key.KeySpec, currentMaterial(key)),
    // The deprecated member has no value for specs newer than it (ML-DSA, Ed25519).
    CustomerMasterKeySpec: customerMasterKeySpecValues.find((spec) => spec === key.KeySpec),
    KeySpec: key.KeySpec,
    KeyUsage: key.KeyUsage,
    EncryptionAlgorithms: profile?.encryptionAlgorithms,
    SigningAlgorithms: profile?.signingAlgorithms,
    KeyAgreementAlgorithms: profile?.keyAgreementAlgorithms,
  };
};

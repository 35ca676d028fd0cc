import { ecdhSharedSecret } from '../crypto/ecdhSharedSecret';
import { currentMaterial } from '../model/keys/currentMaterial';
import { refuseRecipient } from '../model/keys/refuseRecipient';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const deriveSharedSecret: Operation<'DeriveSharedSecret'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  const { key } = await usableKey(ctx, input.KeyId, {
    action: 'DeriveSharedSecret',
    usage: 'KEY_AGREEMENT',
    conditions: { 'kms:KeyAgreementAlgorithm': input.KeyAgreementAlgorithm },
  });
  if (input.DryRun) throw dryRunOperation();
  const privateKey = currentMaterial(key).keys.ECDH;
  if (!privateKey) throw new Error(`key ${key.KeyId} has no ECDH material`);
  const secret = await ecdhSharedSecret(privateKey, input.PublicKey);
  if (!secret) {
    // AWS answers a peer key it cannot use with ValidationException (the key and algorithm themselves passed).
    throw validation(
      `PublicKey is not a valid DER-encoded SubjectPublicKeyInfo of an ${key.KeySpec} public key; the peer's key must be on the same curve as ${key.Arn}.`,
    );
  }
  return {
    KeyId: key.Arn,
    SharedSecret: secret,
    CiphertextForRecipient: undefined,
    KeyAgreementAlgorithm: input.KeyAgreementAlgorithm,
    KeyOrigin: key.Origin,
  };
};

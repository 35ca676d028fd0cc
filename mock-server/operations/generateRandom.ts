import { refuseRecipient } from '../model/keys/refuseRecipient';
import { customKeyStoreNotFound, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const generateRandom: Operation<'GenerateRandom'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  // The model marks it optional, but AWS documents it as required: there is no default length.
  if (input.NumberOfBytes === undefined) throw validation('NumberOfBytes is required: give the length of the random byte string, 1 to 1024.');
  if (input.CustomKeyStoreId !== undefined) {
    // What AWS answers for an ID that names no custom key store in the account, and QKMS has none.
    throw customKeyStoreNotFound(
      `Custom key store ${input.CustomKeyStoreId} does not exist: QKMS has no custom key stores. Omit CustomKeyStoreId to get random bytes from QKMS.`,
    );
  }
  return { Plaintext: ctx.random(input.NumberOfBytes), CiphertextForRecipient: undefined };
};

import { refuseRecipient } from '../model/keys/refuseRecipient';
import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { customKeyStoreInvalidState, unsupportedOperation, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const generateRandom: Operation<'GenerateRandom'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  // The model marks it optional, but AWS documents it as required: there is no default length.
  if (input.NumberOfBytes === undefined) throw validation('NumberOfBytes is required: give the length of the random byte string, 1 to 1024.');
  if (input.CustomKeyStoreId !== undefined) {
    // No HSM exists: the bytes come from the same source either way, once the store would allow it.
    const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
    if (keyStore.CustomKeyStoreType !== 'AWS_CLOUDHSM') {
      throw unsupportedOperation(`Custom key store ${keyStore.CustomKeyStoreId} is an external key store; GenerateRandom takes only an AWS CloudHSM key store.`);
    }
    if (keyStore.ConnectionState !== 'CONNECTED') {
      throw customKeyStoreInvalidState(`Custom key store ${keyStore.CustomKeyStoreId} is ${keyStore.ConnectionState}; it must be CONNECTED.`);
    }
  }
  return { Plaintext: ctx.random(input.NumberOfBytes), CiphertextForRecipient: undefined };
};

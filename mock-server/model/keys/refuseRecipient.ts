import type { RecipientInfo } from '../../spec';
import { validation } from '../../wire/errors';

/**
 * A caller that asks for the result sealed to an attested enclave must never get it in the clear,
 * and QKMS cannot verify a Nitro Enclaves attestation document: refuse instead of ignoring it.
 */
export function refuseRecipient(recipient: RecipientInfo | undefined): void {
  if (recipient === undefined) return;
  throw validation(
    'QKMS does not support attested recipients: it cannot verify a Nitro Enclaves attestation document, so it will not return CiphertextForRecipient. Remove Recipient to get the result in the response.',
  );
}

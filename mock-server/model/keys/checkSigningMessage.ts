import { signingHash } from '../../crypto/signingHash';
import type { Bytes, MessageType, SigningAlgorithmSpec } from '../../spec';
import { validation } from '../../wire/errors';

/**
 * Sign's and Verify's rule checks on the message, which depend on the request alone: which
 * MessageType each algorithm takes, and that a DIGEST or EXTERNAL_MU has its exact length.
 */
export function checkSigningMessage(algorithm: SigningAlgorithmSpec, messageType: MessageType, message: Bytes): void {
  if (messageType === 'EXTERNAL_MU' && algorithm !== 'ML_DSA_SHAKE_256') {
    throw validation(`MessageType EXTERNAL_MU is only valid with ML_DSA_SHAKE_256, not ${algorithm}.`);
  }
  if (messageType === 'DIGEST' && algorithm === 'ML_DSA_SHAKE_256') {
    throw validation('ML_DSA_SHAKE_256 takes MessageType RAW or EXTERNAL_MU (the 64-byte mu), not DIGEST.');
  }
  if (algorithm === 'ED25519_SHA_512' && messageType !== 'RAW') {
    throw validation('ED25519_SHA_512 signs the message itself: MessageType must be RAW. For a SHA-512 digest use ED25519_PH_SHA_512.');
  }
  if (algorithm === 'ED25519_PH_SHA_512' && messageType !== 'DIGEST') {
    throw validation('ED25519_PH_SHA_512 signs a SHA-512 digest: MessageType must be DIGEST. For the message itself use ED25519_SHA_512.');
  }
  if (messageType === 'DIGEST' && algorithm.startsWith('RSASSA_')) {
    // WebCrypto always hashes what it signs, and QKMS does not hand-roll RSA.
    throw validation(`QKMS cannot sign or verify a DIGEST with ${algorithm}: send the message itself with MessageType RAW.`);
  }
  if (messageType === 'RAW') return;
  const { name, bytes } = signingHash[algorithm];
  if (message.length !== bytes) {
    const what = messageType === 'EXTERNAL_MU' ? 'an EXTERNAL_MU (mu)' : `a ${name} digest`;
    throw validation(`Message is ${message.length} bytes; ${what} for ${algorithm} must be exactly ${bytes} bytes.`);
  }
}

import { HEADER_LENGTH, IV_LENGTH, parseEnvelope } from '../../crypto/envelope';
import { ciphertextContextOf } from '../../model/keys/ciphertextContexts';
import type { HintFailure } from './HintFailure';
import { describeContext, sameContext } from './describeContext';
import { bytesMember, contextMember, stringMember } from './inputMembers';

/** Decrypt names its members plainly; ReEncrypt's source members carry a "Source" prefix. */
function ciphertextMembers(failure: HintFailure): { readonly context: string; readonly keyId: string; readonly algorithm: string } | undefined {
  if (failure.operation === 'Decrypt') return { context: 'EncryptionContext', keyId: 'KeyId', algorithm: 'EncryptionAlgorithm' };
  if (failure.operation === 'ReEncrypt') return { context: 'SourceEncryptionContext', keyId: 'SourceKeyId', algorithm: 'SourceEncryptionAlgorithm' };
  return undefined;
}

/**
 * Why a symmetric ciphertext did not open: the context it was made with (the sandbox remembers the
 * latest ones; contexts are not secret), the key that made it, or that it is not a QKMS ciphertext.
 * Never anything about the plaintext.
 */
export async function ciphertextHint(failure: HintFailure): Promise<string | undefined> {
  const members = ciphertextMembers(failure);
  const blob = bytesMember(failure.input, 'CiphertextBlob');
  if (members === undefined || blob === undefined) return undefined;
  const algorithm = stringMember(failure.input, members.algorithm) ?? 'SYMMETRIC_DEFAULT';
  if (algorithm !== 'SYMMETRIC_DEFAULT') return undefined;
  const envelope = parseEnvelope(blob);
  if (envelope === undefined) {
    return `These ${blob.length} bytes are not a QKMS symmetric ciphertext (it starts with format byte 0x01 and is at least ${HEADER_LENGTH + IV_LENGTH + 16} bytes): pass the CiphertextBlob an Encrypt, GenerateDataKey or ReEncrypt response returned, unchanged.`;
  }
  const owner = await failure.store.get('keys', envelope.keyId);
  if (failure.error.name === 'IncorrectKeyException') {
    const named = stringMember(failure.input, members.keyId);
    const description = owner?.Description ? ` ("${owner.Description}")` : '';
    return `This ciphertext was made by key ${envelope.keyId}${description}, not by the key ${named ?? 'you named'}: leave ${members.keyId} out, or name that key.`;
  }
  if (owner === undefined) {
    return `This ciphertext names key ${envelope.keyId}, which this sandbox does not have: it was made in another sandbox, or before a reset.`;
  }
  const made = await ciphertextContextOf(failure.store, envelope.iv);
  if (made === undefined) return undefined;
  const sent = contextMember(failure.input, members.context);
  if (!sameContext(made, sent)) {
    return `It was made with encryption context ${describeContext(made)}; you sent ${describeContext(sent)}. Send exactly the same pairs in ${members.context}.`;
  }
  return undefined;
}

import type { DryRunModifierType } from '../../spec';
import { dryRunOperation } from '../../wire/errors';
import type { CiphertextSource } from './ciphertextSource';

/**
 * Decrypt's and ReEncrypt's DryRun step. As in AWS KMS, a dry run also authenticates the ciphertext (so an
 * altered ciphertext or a wrong encryption context fails as the real request would), unless the caller
 * passes IGNORE_CIPHERTEXT; the plaintext is dropped here and never leaves.
 */
export async function dryRunCiphertext(source: CiphertextSource, modifiers: readonly DryRunModifierType[] | undefined): Promise<never> {
  if (!modifiers?.includes('IGNORE_CIPHERTEXT')) await source.open();
  throw dryRunOperation();
}

import { snakeCase } from './snakeCase';

/** AWS CLI spelling of a wire name: ReEncrypt -> re-encrypt, CiphertextBlob -> ciphertext-blob. */
export function kebabCase(name: string): string {
  return snakeCase(name).replace(/_/g, '-');
}

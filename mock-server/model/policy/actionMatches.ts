import { globMatches } from './globMatches';

/** Whether any action pattern (`*`, `kms:*`, `kms:Describe*`, `kms:ReEncrypt*`) covers `kms:<action>`; case-insensitive, as IAM. */
export function actionMatches(patterns: readonly string[], action: string): boolean {
  return patterns.some((pattern) => pattern === '*' || globMatches(pattern, `kms:${action}`, true));
}

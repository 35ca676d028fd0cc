/** An alias as stored, under the id `AliasName` (which starts with `alias/`). */
export interface AliasRecord {
  readonly AliasName: string;
  readonly AWSAccountId: string;
  readonly TargetKeyId: string;
}

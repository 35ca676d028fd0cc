/**
 * An alias as stored, under the id of its alias ARN (names are unique per account, not across
 * accounts). Timestamps are epoch milliseconds.
 */
export interface AliasRecord {
  readonly AliasName: string;
  readonly AWSAccountId: string;
  /** The key id (not ARN) of the key the alias points to. */
  readonly TargetKeyId: string;
  readonly CreationDate: number;
  /** When the alias last changed key (UpdateAlias); its creation date until then. */
  readonly LastUpdatedDate: number;
}

/** What a kept value is, which decides the fields it can go into. */
export type EntryKind =
  | 'keyId'
  | 'alias'
  | 'ciphertext'
  | 'plaintext'
  | 'grantToken'
  | 'grantId'
  | 'signature'
  | 'mac'
  | 'publicKey'
  | 'wrappingKey'
  | 'importToken'
  | 'recipientCiphertext';

/** Where a value came from: the request that produced it and what it is bound to. */
export interface EntryOrigin {
  readonly operation: string;
  /** When the response arrived, in ms since the epoch. */
  readonly at: number;
  /** The KMS key that made it (ciphertexts, signatures, MACs, import tokens) or that it belongs to (grants, aliases). */
  readonly keyId?: string;
  /** The encryption context a ciphertext is bound to: Decrypt and ReEncrypt must repeat it. */
  readonly context?: Readonly<Record<string, string>>;
  readonly signingAlgorithm?: string;
  readonly messageType?: string;
  readonly macAlgorithm?: string;
}

/** One value of the keyring: a response member a later request can use. */
export interface KeyringEntry {
  readonly id: string;
  readonly kind: EntryKind;
  /** The response member it was, e.g. "CiphertextBlob", "PrivateKeyCiphertextBlob", "GrantToken". */
  readonly name: string;
  readonly value: string;
  readonly origin: EntryOrigin;
  /** Plaintext (data keys, shared secrets, decrypted data): kept in this tab's memory only, never in storage. */
  readonly tabOnly: boolean;
}

/**
 * What a signature or MAC was made over. The message is plaintext, so it stays in the tab's memory
 * next to the stored entry; another tab gets the entry without it.
 */
export interface EntrySecret {
  readonly message: string;
}

/** A response's entries, with the secrets that go with some of them (by entry id). */
export interface RecordedEntries {
  readonly entries: readonly KeyringEntry[];
  readonly secrets: ReadonlyMap<string, EntrySecret>;
}

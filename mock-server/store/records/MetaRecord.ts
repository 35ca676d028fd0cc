/**
 * The `meta` collection's records, by id: the seed marker (`sandbox-seed`), written last when a
 * sandbox is seeded, and `next-deletion`, the earliest DeletionDate (epoch milliseconds) of any key
 * pending deletion, or null when none is — one small read tells each request whether a purge is due;
 * `sandbox-clock`, how far (milliseconds) the sandbox's clock runs ahead of the real one; and
 * `next-rotation`, the earliest automatic rotation date of any enabled key, null when none is due.
 */
export type MetaRecord =
  | { readonly kind: 'seed'; readonly version: number; readonly seededAt: number }
  | { readonly kind: 'next-deletion'; readonly at: number | null }
  /** The earliest ValidTo (epoch milliseconds) of any imported key material that expires, or null when none does. */
  | { readonly kind: 'next-material-expiry'; readonly at: number | null }
  | { readonly kind: 'sandbox-clock'; readonly offsetMs: number }
  | { readonly kind: 'next-rotation'; readonly at: number | null }
  /** `ciphertext-context:<slot>`: the encryption context of one recent symmetric ciphertext, by IV (hex); for the sandbox's hints. */
  | { readonly kind: 'ciphertext-context'; readonly slot: number; readonly iv: string; readonly context: Readonly<Record<string, string>> }
  /** `ciphertext-context-cursor`: the slot the next ciphertext context is remembered in. */
  | { readonly kind: 'ciphertext-context-cursor'; readonly next: number }
  /** `ciphertext-contexts`: where an older backend remembered them all, newest first; still read, no longer written. */
  | { readonly kind: 'ciphertext-contexts'; readonly entries: readonly { readonly iv: string; readonly context: Readonly<Record<string, string>> }[] }
  /** `sealing-key`: the non-extractable AES-GCM key that seals key material for export (crypto/materialSealer.ts). */
  | { readonly kind: 'sealing-key'; readonly key: CryptoKey };

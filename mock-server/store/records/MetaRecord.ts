/**
 * The `meta` collection's records, by id: the seed marker (`sandbox-seed`), written last when a
 * sandbox is seeded, and `next-deletion`, the earliest DeletionDate (epoch milliseconds) of any key
 * pending deletion, or null when none is — one small read tells each request whether a purge is due.
 */
export type MetaRecord =
  | { readonly kind: 'seed'; readonly version: number; readonly seededAt: number }
  | { readonly kind: 'next-deletion'; readonly at: number | null }
  /** The earliest ValidTo (epoch milliseconds) of any imported key material that expires, or null when none does. */
  | { readonly kind: 'next-material-expiry'; readonly at: number | null };

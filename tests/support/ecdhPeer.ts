/**
 * The peer of DeriveSharedSecret's documented example: a P-256 key pair generated once with
 * node:crypto. Both halves are public test data; the page shows the public key and the secret the
 * seeded agreement key derives with it.
 */
export const PEER_PUBLIC_KEY =
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEb74xjeHMXsQGYvKHInWUzw3MyFTrS+JcnjrpktZoLJmxNSlkuWqQEQ4WX05J25Vc5p3soiFfD2f032N4EWBleg==';
export const PEER_PRIVATE_KEY =
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgdSHgJ0AK2R5Xl/hIKpfjjx+5xR6z7OPrbx40zvJ3S2KhRANCAARvvjGN4cxexAZi8ocidZTPDczIVOtL4lyeOumS1mgsmbE1KWS5apARDhZfTknblVzmneyiIV8PZ/TfY3gRYGV6';
/** What the seeded agreement key derives with PEER_PUBLIC_KEY (and the peer with the seeded key's public key). */
export const DOCUMENTED_SHARED_SECRET = 'mqRkMftQBvf6bLYr3ZKVuSY2tEccWTV6KFb+6h8z1Uk=';

/**
 * The @noble libraries, each imported when a key first needs it (never statically: a static import put the
 * curve code in every page's first load) and then kept. Every import() call is a round trip through the
 * module loader — under tsx (`npm run mock-server`) a message to its loader thread and back, which made a
 * secp256k1 Sign three times slower than the signature — so each library is asked for once. A failed load
 * (a chunk the browser could not fetch) is forgotten, so the next request tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export const secp256k1Library = loadOnce(async () => (await import('@noble/curves/secp256k1.js')).secp256k1);
export const nistCurvesLibrary = loadOnce(() => import('@noble/curves/nist.js'));
/** Modular arithmetic alone, without building any curve. */
export const scalarReductionLibrary = loadOnce(() => import('@noble/curves/abstract/modular.js'));
export const mlDsaLibrary = loadOnce(() => import('@noble/post-quantum/ml-dsa.js'));
export const aesKeyWrapLibrary = loadOnce(async () => (await import('@noble/ciphers/aes.js')).aeskwp);
export const hmacSha224Library = loadOnce(async () => {
  const [{ hmac }, { sha224 }] = await Promise.all([import('@noble/hashes/hmac.js'), import('@noble/hashes/sha2.js')]);
  return { hmac, sha224 };
});
export const ed25519Libraries = loadOnce(async () => {
  const [{ ed25519 }, { eddsa }, { sha512 }] = await Promise.all([
    import('@noble/curves/ed25519.js'),
    import('@noble/curves/abstract/edwards.js'),
    import('@noble/hashes/sha2.js'),
  ]);
  return { ed25519, eddsa, sha512 };
});

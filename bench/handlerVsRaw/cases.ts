/**
 * Each case is one operation through the backend's fetch handler and the same cryptographic work done
 * directly (WebCrypto, or the @noble library QKMS uses where WebCrypto lacks the algorithm) on the same
 * bytes. Runtime-neutral: the Node runner and the Chromium runner share these cases.
 */
import { createQkms, type Qkms } from '../../mock-server/index';
import { opsPerSecond, warmUp } from '../opsPerSecond';
import { kmsSender, type KmsSend } from '../support/kmsSender';

export interface BenchCase {
  readonly name: string;
  /** One request through createQkms().fetch; rejects unless it answered 200. */
  readonly backend: () => Promise<unknown>;
  /** The same cryptography without the service around it. */
  readonly raw: () => Promise<unknown>;
}

const message = new TextEncoder().encode('Quarterly figures: 1.2M, 3.4M, 5.6M'.padEnd(256, '.'));
const context = { Department: 'Finance' };
const contextBytes = new TextEncoder().encode('Department=Finance');

const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

const aesKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const gcm = (iv: Uint8Array) => ({ name: 'AES-GCM', iv, additionalData: contextBytes, tagLength: 128 });
const freshIv = () => crypto.getRandomValues(new Uint8Array(12));

async function createKey(send: KmsSend, KeySpec: string, KeyUsage: string): Promise<string> {
  const { KeyMetadata } = await send('CreateKey', { KeySpec, KeyUsage });
  return (KeyMetadata as { KeyId: string }).KeyId;
}

/** The cases whose work is AES-GCM: the ones a backend's CryptoEngine.aesGcm changes. */
export async function symmetricCases(send: KmsSend): Promise<BenchCase[]> {
  const [source, destination] = await Promise.all([createKey(send, 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'), createKey(send, 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT')]);
  const encryptBody = { KeyId: source, Plaintext: base64(message), EncryptionContext: context };
  const { CiphertextBlob } = await send('Encrypt', encryptBody);
  const [rawSource, rawDestination] = await Promise.all([aesKey(), aesKey()]);
  const iv = freshIv();
  const rawCiphertext = await crypto.subtle.encrypt(gcm(iv), rawSource, message);
  return [
    { name: 'Encrypt (256 B)', backend: () => send('Encrypt', encryptBody), raw: () => crypto.subtle.encrypt(gcm(freshIv()), rawSource, message) },
    {
      name: 'Decrypt (256 B)',
      backend: () => send('Decrypt', { CiphertextBlob, EncryptionContext: context }),
      raw: () => crypto.subtle.decrypt(gcm(iv), rawSource, rawCiphertext),
    },
    {
      name: 'ReEncrypt (256 B)',
      backend: () =>
        send('ReEncrypt', {
          CiphertextBlob,
          SourceEncryptionContext: context,
          DestinationKeyId: destination,
          DestinationEncryptionContext: context,
        }),
      raw: async () => crypto.subtle.encrypt(gcm(freshIv()), rawDestination, await crypto.subtle.decrypt(gcm(iv), rawSource, rawCiphertext)),
    },
    {
      name: 'GenerateDataKey (AES_256)',
      backend: () => send('GenerateDataKey', { KeyId: source, KeySpec: 'AES_256', EncryptionContext: context }),
      raw: () => crypto.subtle.encrypt(gcm(freshIv()), rawSource, crypto.getRandomValues(new Uint8Array(32))),
    },
  ];
}

async function signCase(send: KmsSend, keySpec: string, algorithm: string, raw: () => Promise<unknown>): Promise<BenchCase> {
  const KeyId = await createKey(send, keySpec, 'SIGN_VERIFY');
  const body = { KeyId, Message: base64(message), SigningAlgorithm: algorithm };
  return { name: `Sign ${keySpec}`, backend: () => send('Sign', body), raw };
}

async function signingCases(send: KmsSend): Promise<BenchCase[]> {
  const rsa = await crypto.subtle.generateKey(
    { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const p256 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const [{ secp256k1 }, { ed25519 }, { ml_dsa44 }] = await Promise.all([
    import('@noble/curves/secp256k1.js'),
    import('@noble/curves/ed25519.js'),
    import('@noble/post-quantum/ml-dsa.js'),
  ]);
  const k1Secret = secp256k1.utils.randomSecretKey();
  const edSecret = ed25519.utils.randomSecretKey();
  const mlDsa = ml_dsa44.keygen(crypto.getRandomValues(new Uint8Array(32)));
  return [
    await signCase(send, 'RSA_2048', 'RSASSA_PSS_SHA_256', () => crypto.subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, rsa.privateKey, message)),
    await signCase(send, 'ECC_NIST_P256', 'ECDSA_SHA_256', () => crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, p256.privateKey, message)),
    await signCase(send, 'ECC_SECG_P256K1', 'ECDSA_SHA_256', async () => secp256k1.sign(message, k1Secret, { prehash: true, format: 'der' })),
    await signCase(send, 'ECC_NIST_EDWARDS25519', 'ED25519_SHA_512', async () => ed25519.sign(message, edSecret)),
    await signCase(send, 'ML_DSA_44', 'ML_DSA_SHAKE_256', async () => ml_dsa44.sign(message, mlDsa.secretKey)),
  ];
}

async function macCase(send: KmsSend): Promise<BenchCase> {
  const KeyId = await createKey(send, 'HMAC_256', 'GENERATE_VERIFY_MAC');
  const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const body = { KeyId, Message: base64(message), MacAlgorithm: 'HMAC_SHA_256' };
  return { name: 'GenerateMac HMAC_256', backend: () => send('GenerateMac', body), raw: () => crypto.subtle.sign('HMAC', hmac, message) };
}

/**
 * Every case of issue 10's third target, on the given backend (by default one fresh in-memory sandbox), sent through
 * its fetch handler unless another sender is given.
 */
export async function benchCases(qkms: Qkms = createQkms(), send: KmsSend = kmsSender(qkms)): Promise<BenchCase[]> {
  return [...(await symmetricCases(send)), ...(await signingCases(send)), await macCase(send)];
}

const fetchRequestBody = JSON.stringify({ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Plaintext: base64(message) });
const fetchAnswerBody = JSON.stringify({ CiphertextBlob: base64(new Uint8Array(370)), KeyId: 'arn:verenc:kms:…' });

/** What a fetch round trip costs with no backend at all: the same shape of request and answer as Encrypt's. */
async function fetchObjectsAlone(): Promise<unknown> {
  const request = new Request('http://qkms.local/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.Encrypt' },
    body: fetchRequestBody,
  });
  await request.arrayBuffer();
  const response = new Response(fetchAnswerBody, { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'id' } });
  return response.json();
}

/** The fetch objects a handler pays around any work (the caller's Request, reading its body, the Response, reading its JSON) against the raw AES-GCM of the Encrypt case. */
export async function fetchCeilingCase(): Promise<BenchCase> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  return { name: 'fetch objects alone', backend: fetchObjectsAlone, raw: () => crypto.subtle.encrypt(gcm(freshIv()), key, message) };
}

/** The best ratio any fetch handler could reach on Encrypt: its time is at least the fetch objects' plus the raw crypto's. */
export function describeFetchCeiling(result: CaseResult): string {
  const ceiling = result.ratio / (1 + result.ratio);
  return (
    `fetch objects alone (new Request, arrayBuffer, new Response, json): ${result.backendPerSecond.toFixed(0)}/s, ${result.ratio.toFixed(2)}x raw AES-GCM 256 B; ` +
    `so no fetch handler can pass ${ceiling.toFixed(2)}x on Encrypt (256 B)`
  );
}

export interface CaseResult {
  readonly name: string;
  readonly backendPerSecond: number;
  readonly rawPerSecond: number;
  /** Median over slices of backend/raw measured back to back, so a load spike hits one slice, not one side. */
  readonly ratio: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measure(benchCase: BenchCase, sliceMs: number, slices: number): Promise<CaseResult> {
  await warmUp([benchCase.backend, benchCase.raw]);
  const backendRates: number[] = [];
  const rawRates: number[] = [];
  for (let slice = 0; slice < slices; slice++) {
    backendRates.push(await opsPerSecond(benchCase.backend, sliceMs));
    rawRates.push(await opsPerSecond(benchCase.raw, sliceMs));
  }
  return {
    name: benchCase.name,
    backendPerSecond: median(backendRates),
    rawPerSecond: median(rawRates),
    ratio: median(backendRates.map((rate, slice) => rate / rawRates[slice])),
  };
}

export function formatResults(title: string, results: readonly CaseResult[]): string {
  const lines = [title, 'operation                    backend ops/s   raw ops/s   backend/raw (target ≥ 0.5, goal 0.7)'];
  for (const result of results) {
    const verdict = result.ratio >= 0.7 ? 'goal' : result.ratio >= 0.5 ? 'target' : 'BELOW TARGET';
    lines.push(
      `${result.name.padEnd(28)}${result.backendPerSecond.toFixed(0).padStart(14)}${result.rawPerSecond.toFixed(0).padStart(12)}   ${result.ratio.toFixed(2)}  ${verdict}`,
    );
  }
  return lines.join('\n');
}

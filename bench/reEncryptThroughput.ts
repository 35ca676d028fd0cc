/**
 * ReEncrypt operations per second through the backend's fetch handler, against raw WebCrypto
 * AES-256-GCM decrypt + encrypt of the same bytes, in the same process and run. The ratio is the
 * figure to read: machines are shared and absolute numbers drift, so the two alternate in short
 * slices and the median of the per-slice ratios is reported (a load spike hits one slice, not a side).
 */
import { createQkms } from '../mock-server/index';
import { opsPerSecond } from './opsPerSecond';

const sourceKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const destinationKeyId = '0987dcba-09fe-87dc-65ba-ab0987654321';
const plaintext = new TextEncoder().encode('Quarterly figures: 1.2M, 3.4M, 5.6M'.padEnd(256, '.'));
const durationMs = Number(process.env.BENCH_MS ?? 6000);
const SLICES = 12;

function kmsRequest(operation: string, body: unknown): Request {
  return new Request('http://qkms.local/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}` },
    body: JSON.stringify(body),
  });
}


const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function backendReEncrypt(): Promise<() => Promise<void>> {
  const qkms = createQkms();
  const encrypted = await qkms.fetch(
    kmsRequest('Encrypt', {
      KeyId: sourceKeyId,
      Plaintext: Buffer.from(plaintext).toString('base64'),
      EncryptionContext: { Department: 'Finance' },
    }),
  );
  const { CiphertextBlob } = (await encrypted.json()) as { CiphertextBlob: string };
  const body = {
    CiphertextBlob,
    SourceKeyId: sourceKeyId,
    DestinationKeyId: destinationKeyId,
    SourceEncryptionContext: { Department: 'Finance' },
    DestinationEncryptionContext: { Purpose: 'Test' },
  };
  return async () => {
    const response = await qkms.fetch(kmsRequest('ReEncrypt', body));
    if (response.status !== 200) throw new Error(`ReEncrypt failed: ${await response.text()}`);
    await response.json();
  };
}

async function rawWebCrypto(): Promise<() => Promise<void>> {
  const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const [source, destination] = await Promise.all([newKey(), newKey()]);
  const aad = new TextEncoder().encode('Department=Finance');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, source, plaintext);
  return async () => {
    const bytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, source, ciphertext);
    const nextIv = crypto.getRandomValues(new Uint8Array(12));
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nextIv, additionalData: aad }, destination, bytes);
  };
}

async function main(): Promise<void> {
  const backend = await backendReEncrypt();
  const raw = await rawWebCrypto();
  for (let i = 0; i < 200; i++) await Promise.all([backend(), raw()]);
  const sliceMs = durationMs / SLICES / 2;
  const backendRates: number[] = [];
  const rawRates: number[] = [];
  for (let slice = 0; slice < SLICES; slice++) {
    backendRates.push(await opsPerSecond(backend, sliceMs));
    rawRates.push(await opsPerSecond(raw, sliceMs));
  }
  const ratio = median(backendRates.map((rate, slice) => rate / rawRates[slice]));
  console.log(`ReEncrypt through the backend: ${median(backendRates).toFixed(0)} ops/s (median of ${SLICES} slices)`);
  console.log(`raw WebCrypto decrypt+encrypt: ${median(rawRates).toFixed(0)} ops/s`);
  console.log(`backend / raw: ${ratio.toFixed(3)} (${(1 / ratio).toFixed(1)}x slower), median per-slice ratio`);
}

void main();

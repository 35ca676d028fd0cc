/**
 * Sign and Verify operations per second for every key spec QKMS signs with (and GenerateMac/VerifyMac
 * for the HMAC specs), through the backend's fetch handler in one process. Absolute numbers depend on
 * the machine; compare specs within one run. BENCH_MS sets the time per spec and operation.
 */
import { createQkms } from '../mock-server/index';
import { opsPerSecond } from './opsPerSecond';
import { kmsSender } from './support/kmsSender';

const sliceMs = Number(process.env.BENCH_MS ?? 1000);
const message = Buffer.from('Quarterly figures: 1.2M, 3.4M, 5.6M'.padEnd(256, '.')).toString('base64');

const SIGNING: readonly [string, string][] = [
  ['RSA_2048', 'RSASSA_PSS_SHA_256'],
  ['RSA_3072', 'RSASSA_PSS_SHA_256'],
  ['RSA_4096', 'RSASSA_PSS_SHA_256'],
  ['ECC_NIST_P256', 'ECDSA_SHA_256'],
  ['ECC_NIST_P384', 'ECDSA_SHA_384'],
  ['ECC_NIST_P521', 'ECDSA_SHA_512'],
  ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
  ['ECC_NIST_EDWARDS25519', 'ED25519_SHA_512'],
  ['ML_DSA_44', 'ML_DSA_SHAKE_256'],
  ['ML_DSA_65', 'ML_DSA_SHAKE_256'],
  ['ML_DSA_87', 'ML_DSA_SHAKE_256'],
];
const MAC: readonly [string, string][] = [
  ['HMAC_224', 'HMAC_SHA_224'],
  ['HMAC_256', 'HMAC_SHA_256'],
  ['HMAC_384', 'HMAC_SHA_384'],
  ['HMAC_512', 'HMAC_SHA_512'],
];

const send = kmsSender(createQkms());

async function warmOpsPerSecond(operation: () => Promise<unknown>): Promise<number> {
  await operation(); // warm up: loads the library, imports keys
  return opsPerSecond(operation, sliceMs);
}

async function main() {
  const rows: { spec: string; algorithm: string; first: number; second: number }[] = [];
  for (const [spec, algorithm] of SIGNING) {
    const { KeyMetadata } = await send('CreateKey', { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
    const KeyId = (KeyMetadata as { KeyId: string }).KeyId;
    const body = { KeyId, Message: message, SigningAlgorithm: algorithm };
    const { Signature } = await send('Sign', body);
    rows.push({
      spec,
      algorithm,
      first: await warmOpsPerSecond(() => send('Sign', body)),
      second: await warmOpsPerSecond(() => send('Verify', { ...body, Signature })),
    });
  }
  for (const [spec, algorithm] of MAC) {
    const { KeyMetadata } = await send('CreateKey', { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    const KeyId = (KeyMetadata as { KeyId: string }).KeyId;
    const body = { KeyId, Message: message, MacAlgorithm: algorithm };
    const { Mac } = await send('GenerateMac', body);
    rows.push({
      spec,
      algorithm,
      first: await warmOpsPerSecond(() => send('GenerateMac', body)),
      second: await warmOpsPerSecond(() => send('VerifyMac', { ...body, Mac })),
    });
  }
  console.log(`Sign / Verify (GenerateMac / VerifyMac for HMAC) throughput, 256-byte message, ${sliceMs} ms each`);
  console.log('key spec               algorithm               sign ops/s  verify ops/s');
  for (const row of rows) {
    console.log(`${row.spec.padEnd(22)} ${row.algorithm.padEnd(23)} ${row.first.toFixed(0).padStart(10)}  ${row.second.toFixed(0).padStart(12)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

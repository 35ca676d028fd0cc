import { beforeAll, describe, expect, it } from 'vitest';
import { createQkms, keyRefusal } from '../../../mock-server';
import type { OperationName, Qkms } from '../../../mock-server';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, IMPORT_KEY_ID, MAC_KEY_ID, RSA_KEY_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { b64, call } from './support/call';
import { create, encrypted } from './support/fixtures';

/** The answers that say "not this key" (as opposed to "not you" or "not this input"). */
const KEY_REFUSALS = ['InvalidKeyUsageException', 'UnsupportedOperationException', 'DisabledException', 'KMSInvalidStateException'];

interface Probe {
  readonly operation: OperationName;
  readonly member: string;
  /** A request that only the key can fail: DryRun where the operation has it, algorithms that fit the key. */
  readonly body: (keyId: string, keySpec: string) => object;
}

const signingAlgorithm = (keySpec: string) => (keySpec.startsWith('RSA') ? 'RSASSA_PSS_SHA_256' : 'ECDSA_SHA_256');

const probes = (ciphertext: string): readonly Probe[] => [
  {
    operation: 'Encrypt',
    member: 'KeyId',
    body: (KeyId, spec) => ({ KeyId, Plaintext: b64('x'), DryRun: true, ...(spec.startsWith('RSA') ? { EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' } : {}) }),
  },
  { operation: 'GenerateDataKey', member: 'KeyId', body: (KeyId) => ({ KeyId, KeySpec: 'AES_256', DryRun: true }) },
  { operation: 'GenerateDataKeyPair', member: 'KeyId', body: (KeyId) => ({ KeyId, KeyPairSpec: 'ECC_NIST_P256', DryRun: true }) },
  { operation: 'ReEncrypt', member: 'DestinationKeyId', body: (DestinationKeyId) => ({ CiphertextBlob: ciphertext, DestinationKeyId, DryRun: true }) },
  { operation: 'Sign', member: 'KeyId', body: (KeyId, spec) => ({ KeyId, Message: b64('m'), SigningAlgorithm: signingAlgorithm(spec), DryRun: true }) },
  { operation: 'GenerateMac', member: 'KeyId', body: (KeyId) => ({ KeyId, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256', DryRun: true }) },
  { operation: 'GetPublicKey', member: 'KeyId', body: (KeyId) => ({ KeyId }) },
  { operation: 'GetKeyRotationStatus', member: 'KeyId', body: (KeyId) => ({ KeyId }) },
  { operation: 'DescribeKey', member: 'KeyId', body: (KeyId) => ({ KeyId }) },
];

describe('keyRefusal, the key picker’s warning, agrees with what the backend answers', () => {
  let qkms: Qkms;
  let keys: { keyId: string; keySpec: string; keyUsage: string; keyState: string }[];
  let ciphertext: string;

  beforeAll(async () => {
    qkms = createQkms();
    ciphertext = await encrypted(qkms);
    const disabled = await create(qkms, { Description: 'disabled' });
    await call(qkms, 'DisableKey', { KeyId: disabled.KeyId });
    const ids = [EXAMPLE_KEY_ID, AGREEMENT_KEY_ID, SIGNING_KEY_ID, MAC_KEY_ID, RSA_KEY_ID, IMPORT_KEY_ID, disabled.KeyId];
    keys = await Promise.all(
      ids.map(async (keyId) => {
        const metadata = (await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata as Record<string, string>;
        return { keyId, keySpec: metadata.KeySpec, keyUsage: metadata.KeyUsage, keyState: metadata.KeyState };
      }),
    );
  });

  it('flags exactly the keys each operation refuses, for every seeded kind of key and a disabled one', async () => {
    const disagreements: string[] = [];
    let refusals = 0;
    for (const probe of probes(ciphertext)) {
      for (const key of keys) {
        const reply = await call(qkms, probe.operation, probe.body(key.keyId, key.keySpec));
        const refused = reply.status !== 200 && KEY_REFUSALS.includes(String(reply.body.__type));
        const flagged = keyRefusal(probe.operation, probe.member, key) !== undefined;
        if (refused) refusals += 1;
        if (refused !== flagged) {
          disagreements.push(`${probe.operation} ${key.keySpec}/${key.keyUsage}/${key.keyState}: backend ${JSON.stringify(reply.body)}, flag ${flagged}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // Most probes refuse most kinds of key: the agreement is not the trivial "nothing refused".
    expect(refusals).toBeGreaterThan(25);
  });

  it('says why in words: the state, or what the key cannot do', () => {
    const rsa = { keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled' };
    expect(keyRefusal('ReEncrypt', 'DestinationKeyId', rsa)).toBe('ReEncrypt takes only SYMMETRIC_DEFAULT keys in DestinationKeyId; this is RSA_2048');
    expect(keyRefusal('Sign', 'KeyId', rsa)).toBe('a RSA_2048 key with usage ENCRYPT_DECRYPT cannot Sign');
    expect(keyRefusal('Encrypt', 'KeyId', { ...rsa, keyState: 'Disabled' })).toBe('Encrypt refuses a Disabled key: it is disabled (EnableKey first)');
    expect(keyRefusal('Encrypt', 'KeyId', rsa)).toBeUndefined();
  });
});

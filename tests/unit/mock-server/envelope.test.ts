import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { canonicalContext } from '../../../mock-server/crypto/canonicalContext';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';

const bytesOf = (base64: unknown) => new Uint8Array(Buffer.from(String(base64), 'base64'));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('ciphertext envelope', () => {
  test('lays out version, key id, material version, IV, then ciphertext and tag', async () => {
    const plaintext = 'seventeen bytes!!';
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64(plaintext) });
    const blob = bytesOf(reply.body.CiphertextBlob);
    expect(blob[0]).toBe(0x01);
    expect(Buffer.from(blob.subarray(1, 17)).toString('hex')).toBe(EXAMPLE_KEY_ID.replaceAll('-', ''));
    expect(new DataView(blob.buffer).getUint32(17)).toBe(1);
    expect(blob.length).toBe(1 + 16 + 4 + 12 + plaintext.length + 16);
  });

  test('draws the IV from the injected random source', async () => {
    const random = (bytes: Uint8Array) => bytes.fill(0xab);
    const reply = await call(createQkms({ random }), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    expect(Buffer.from(bytesOf(reply.body.CiphertextBlob).subarray(21, 33)).toString('hex')).toBe('ab'.repeat(12));
  });

  test('produces the same ciphertext twice given the same injected random source', async () => {
    const seeded = () => {
      let counter = 0;
      return (bytes: Uint8Array) => bytes.map(() => (counter += 7) & 0xff);
    };
    const once = await call(createQkms({ random: seeded() }), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('same') });
    const twice = await call(createQkms({ random: seeded() }), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('same') });
    expect(once.body.CiphertextBlob).toBe(twice.body.CiphertextBlob);
  });

  test('gives different ciphertexts for the same plaintext with the default random source', async () => {
    const qkms = createQkms();
    const a = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('same') });
    const b = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('same') });
    expect(a.body.CiphertextBlob).not.toBe(b.body.CiphertextBlob);
  });

  test.each([
    ['the format version', 0],
    ['the key id', 5],
    ['the material version', 20],
    ['the IV', 25],
    ['the ciphertext', 35],
    ['the tag', -1],
  ])('returns InvalidCiphertextException when a byte of %s is flipped', async (_part, index) => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('tamper with me') });
    const blob = bytesOf(encrypted.body.CiphertextBlob);
    const at = index < 0 ? blob.length + index : index;
    blob[at] ^= 0x01;
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: toBase64(blob) });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });
});

describe('canonical encryption context', () => {
  test('tells {"ab":"c"} and {"a":"bc"} apart', () => {
    expect(canonicalContext({ ab: 'c' })).not.toEqual(canonicalContext({ a: 'bc' }));
  });

  test('encodes a count then length-prefixed UTF-8 pairs sorted by key', () => {
    const encoded = Buffer.from(canonicalContext({ b: 'é', a: '1' })).toString('hex');
    expect(encoded).toBe(
      ['00000002', '00000001', '61', '00000001', '31', '00000001', '62', '00000002', 'c3a9'].join(''),
    );
  });

  test('encodes an empty context like an absent one', () => {
    expect(canonicalContext({})).toEqual(canonicalContext(undefined));
    expect(Buffer.from(canonicalContext(undefined)).toString('hex')).toBe('00000000');
  });

  test('sorts keys by UTF-8 bytes, not UTF-16 code units', () => {
    // UTF-16 order puts U+1F600 (0xD83D…) first; UTF-8 order puts U+FF61 (EF BD A1 < F0 9F 98 80) first.
    const encoded = Buffer.from(canonicalContext({ '\u{1F600}': 'x', '\uFF61': 'y' }));
    expect(encoded.subarray(8, 11).toString('hex')).toBe('efbda1');
  });

  test('makes a ciphertext under {"ab":"c"} fail to decrypt under {"a":"bc"}', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: { ab: 'c' } });
    const wrong = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { a: 'bc' } });
    expect(errorOf(wrong).type).toBe('InvalidCiphertextException');
    const right = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { ab: 'c' } });
    expect(right.status).toBe(200);
  });

  test('decrypts a ciphertext made with {} when no context is given', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: {} });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob });
    expect(reply.status).toBe(200);
  });
});

describe('the documented format, checked with node:crypto', () => {
  test('decrypts a sandbox ciphertext from the public HKDF constant and the documented layout', async () => {
    const { createDecipheriv, hkdfSync } = await import('node:crypto');
    const context = { Department: 'Finance' };
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('independent'), EncryptionContext: context });
    const blob = Buffer.from(String(reply.body.CiphertextBlob), 'base64');
    const key = Buffer.from(
      hkdfSync('sha256', 'QKMS sandbox example key material: public, for trying things only', Buffer.alloc(0), `${EXAMPLE_KEY_ID}/v1`, 32),
    );
    const header = blob.subarray(0, 21);
    const iv = blob.subarray(21, 33);
    const tag = blob.subarray(blob.length - 16);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.concat([header, Buffer.from(canonicalContext(context))]));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(blob.subarray(33, blob.length - 16)), decipher.final()]);
    expect(plaintext.toString('utf8')).toBe('independent');
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { createNodeQkms } from '../../../mock-server/node/createNodeQkms';
import { EXAMPLE_KEY_ID, MAC_KEY_ID, SECOND_KEY_ID, SIGNING_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf, text } from './support/call';

/** The same random bytes for every backend made with it, so two sandboxes hold the same key material. */
const seeded = () => {
  let counter = 0;
  return (bytes: Uint8Array) => bytes.map(() => (counter += 13) & 0xff);
};

const context = { Department: 'Finance' };

describe("the Node server's backend (node:crypto) and the page's (WebCrypto)", () => {
  const both = (): [browser: Qkms, node: Qkms] => [createQkms({ random: seeded() }), createNodeQkms({ random: seeded() })];

  test('answer Encrypt and GenerateDataKey with the same bytes', async () => {
    const [browser, node] = both();
    const encrypt = { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('Quarterly figures'), EncryptionContext: context };
    const fromBrowser = await call(browser, 'Encrypt', encrypt);
    const fromNode = await call(node, 'Encrypt', encrypt);
    expect(fromNode.status).toBe(200);
    expect(fromNode.body.CiphertextBlob).toBe(fromBrowser.body.CiphertextBlob);
    const dataKey = { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: context };
    const keyFromBrowser = await call(browser, 'GenerateDataKey', dataKey);
    const keyFromNode = await call(node, 'GenerateDataKey', dataKey);
    expect(keyFromNode.body).toMatchObject({ Plaintext: keyFromBrowser.body.Plaintext, CiphertextBlob: keyFromBrowser.body.CiphertextBlob });
  });

  test("open each other's ciphertexts, through Decrypt and ReEncrypt", async () => {
    const [browser, node] = both();
    const sealed = await call(browser, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('from the page'), EncryptionContext: context });
    const opened = await call(node, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, EncryptionContext: context });
    expect(text(opened.body.Plaintext)).toBe('from the page');
    const moved = await call(node, 'ReEncrypt', {
      CiphertextBlob: sealed.body.CiphertextBlob,
      SourceEncryptionContext: context,
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(moved.status).toBe(200);
    const back = await call(browser, 'Decrypt', { CiphertextBlob: moved.body.CiphertextBlob });
    expect(text(back.body.Plaintext)).toBe('from the page');
  });

  test('refuse a changed context or a changed ciphertext alike, and keep serving', async () => {
    const [, node] = both();
    const sealed = await call(node, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('kept'), EncryptionContext: context });
    const wrongContext = await call(node, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, EncryptionContext: { Department: 'Sales' } });
    expect(errorOf(wrongContext)).toMatchObject({ type: 'InvalidCiphertextException', status: 400 });
    const bytes = Buffer.from(String(sealed.body.CiphertextBlob), 'base64');
    bytes[bytes.length - 1] ^= 1;
    const changed = await call(node, 'Decrypt', { CiphertextBlob: bytes.toString('base64'), EncryptionContext: context });
    expect(errorOf(changed)).toMatchObject({ type: 'InvalidCiphertextException', status: 400 });
    const again = await call(node, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, EncryptionContext: context });
    expect(text(again.body.Plaintext)).toBe('kept');
  });

  test("answer GenerateMac with the same MAC, and verify each other's MACs and signatures", async () => {
    const [browser, node] = both();
    const mac = { KeyId: MAC_KEY_ID, Message: b64('invoice 42'), MacAlgorithm: 'HMAC_SHA_256' };
    const fromBrowser = await call(browser, 'GenerateMac', mac);
    const fromNode = await call(node, 'GenerateMac', mac);
    expect(fromNode.status).toBe(200);
    expect(fromNode.body.Mac).toBe(fromBrowser.body.Mac);
    expect((await call(browser, 'VerifyMac', { ...mac, Mac: fromNode.body.Mac })).body.MacValid).toBe(true);
    const truncated = Buffer.from(String(fromNode.body.Mac), 'base64').subarray(1).toString('base64');
    expect(errorOf(await call(node, 'VerifyMac', { ...mac, Mac: truncated }))).toMatchObject({ type: 'KMSInvalidMacException' });

    for (const MessageType of ['RAW', 'DIGEST']) {
      const Message = MessageType === 'RAW' ? b64('release 1.4.2') : Buffer.alloc(32, 7).toString('base64');
      const signing = { KeyId: SIGNING_KEY_ID, Message, MessageType, SigningAlgorithm: 'ECDSA_SHA_256' };
      const signed = await call(node, 'Sign', signing);
      expect(signed.status).toBe(200);
      expect((await call(browser, 'Verify', { ...signing, Signature: signed.body.Signature })).body.SignatureValid).toBe(true);
      const fromPage = await call(browser, 'Sign', signing);
      expect((await call(node, 'Verify', { ...signing, Signature: fromPage.body.Signature })).body.SignatureValid).toBe(true);
      const bytes = Buffer.from(String(fromPage.body.Signature), 'base64');
      bytes[bytes.length - 1] ^= 1;
      const changed = await call(node, 'Verify', { ...signing, Signature: bytes.toString('base64') });
      expect(errorOf(changed)).toMatchObject({ type: 'KMSInvalidSignatureException', status: 400 });
    }
  });
});

import { describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { createNodeQkms } from '../../../mock-server/node/createNodeQkms';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf, text } from './support/call';

/** The same random bytes for every backend made with it, so two sandboxes hold the same key material. */
const seeded = () => {
  let counter = 0;
  return (bytes: Uint8Array) => bytes.map(() => (counter += 13) & 0xff);
};

const context = { Department: 'Finance' };

describe("the Node server's backend (node:crypto AES-GCM) and the page's (WebCrypto)", () => {
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
});

import { describe, expect, it } from 'vitest';
import { bodySize, isLargeBody } from '../../../../../src/components/ApiTester/model/bodySize';
import { blobOutputText, blobSize, defaultOutputView, responseBlobs } from '../../../../../src/components/ApiTester/model/responseBlobs';

const keyArn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('blob members of a response', () => {
  it('are the members the operation’s model types as blobs, and only those', () => {
    const blobs = responseBlobs('Decrypt', { KeyId: keyArn, Plaintext: 'SGVsbG8=', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(blobs).toEqual([{ name: 'Plaintext', byteCount: 5, base64: 'SGVsbG8=', hex: '48656c6c6f', utf8: 'Hello' }]);
  });

  it('show a Plaintext as UTF-8 text and everything else as base64 at first', () => {
    const [plaintext] = responseBlobs('Decrypt', { Plaintext: 'SGVsbG8=' });
    const [ciphertext] = responseBlobs('Encrypt', { CiphertextBlob: 'SGVsbG8=' });
    expect(plaintext && defaultOutputView(plaintext)).toBe('utf8');
    expect(ciphertext && defaultOutputView(ciphertext)).toBe('base64');
  });

  it('offer no UTF-8 text for bytes that are not UTF-8, and fall back to base64', () => {
    const [blob] = responseBlobs('GenerateRandom', { Plaintext: '//4=' });
    expect(blob?.utf8).toBeUndefined();
    expect(blob && defaultOutputView(blob)).toBe('base64');
    expect(blob && blobOutputText(blob, 'utf8')).toBe('//4=');
    expect(blob && blobOutputText(blob, 'hex')).toBe('fffe');
  });

  it('say their size in bytes and in base64 characters', () => {
    const publicKey = Buffer.alloc(550, 7).toString('base64');
    const [blob] = responseBlobs('GetPublicKey', { PublicKey: publicKey, KeySpec: 'RSA_4096' });
    expect(blob && blobSize(blob)).toBe('550 bytes, base64 736 chars');
  });

  it('are none for an operation the backend does not know, or a body that is not an object', () => {
    expect(responseBlobs('NoSuchOperation', { Plaintext: 'SGVsbG8=' })).toEqual([]);
    expect(responseBlobs('Decrypt', ['SGVsbG8='])).toEqual([]);
  });
});

describe('the size of a response body', () => {
  it('counts UTF-8 bytes and lines', () => {
    expect(bodySize('{\n  "a": "ü"\n}')).toBe('15 bytes, 3 lines');
    expect(bodySize('{}')).toBe('2 bytes, 1 line');
  });

  it('calls a body of a thousand ListKeys entries large', () => {
    const keys = Array.from({ length: 1000 }, (_, index) => ({ KeyId: `key-${index}`, KeyArn: `${keyArn}-${index}` }));
    expect(isLargeBody(JSON.stringify({ Keys: keys }, null, 2))).toBe(true);
    expect(isLargeBody(JSON.stringify({ Keys: keys.slice(0, 10) }, null, 2))).toBe(false);
  });
});

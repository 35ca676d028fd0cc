import { describe, expect, it } from 'vitest';
import { redactRequest } from '../../../../../../src/components/ApiTester/model/redactRequest';
import { saveRequest } from '../../../../../../src/components/ApiTester/model/savedRequest';
import { decodeShareLink, encodeShareLink, SHARE_LINK_LIMIT } from '../../../../../../src/components/ApiTester/model/shareLink';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const admin = { kind: 'admin', otherArn: '' } as const;

const linkOf = (fragment: string): string => `#${fragment}`;
const encode = (json: unknown): string =>
  `#try=${Buffer.from(JSON.stringify(json)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

describe('redacting a request', () => {
  it('takes out Plaintext and keeps the rest', () => {
    expect(redactRequest('Encrypt', { KeyId: keyId, Plaintext: 'SGk=', EncryptionContext: { a: 'b' } })).toEqual({
      body: { KeyId: keyId, EncryptionContext: { a: 'b' } },
      removed: ['Plaintext'],
    });
  });

  it('takes out the message of Sign, Verify, GenerateMac and VerifyMac', () => {
    for (const operation of ['Sign', 'Verify', 'GenerateMac', 'VerifyMac']) {
      expect(redactRequest(operation, { KeyId: keyId, Message: 'SGk=' }).removed).toEqual(['Message']);
    }
  });

  it('takes out wrapped key material and keeps the import token', () => {
    const { body, removed } = redactRequest('ImportKeyMaterial', { KeyId: keyId, ImportToken: 'AAAA', EncryptedKeyMaterial: 'BBBB' });
    expect(body).toEqual({ KeyId: keyId, ImportToken: 'AAAA' });
    expect(removed).toEqual(['EncryptedKeyMaterial']);
  });

  it('takes out secrets nested in a structure', () => {
    const { body, removed } = redactRequest('CreateCustomKeyStore', {
      CustomKeyStoreName: 'xks',
      XksProxyAuthenticationCredential: { AccessKeyId: 'AKIAEXAMPLEEXAMPLE00', RawSecretAccessKey: 'secret' },
    });
    expect(body).toEqual({ CustomKeyStoreName: 'xks', XksProxyAuthenticationCredential: {} });
    expect(removed).toEqual(['XksProxyAuthenticationCredential.AccessKeyId', 'XksProxyAuthenticationCredential.RawSecretAccessKey']);
  });

  it('leaves ciphertexts, which a replay needs, in place', () => {
    expect(redactRequest('Decrypt', { CiphertextBlob: 'AQID', KeyId: keyId }).removed).toEqual([]);
  });
});

describe('a share link', () => {
  it('reproduces the operation, body, caller and fault, without the plaintext', () => {
    const saved = saveRequest('Encrypt', { KeyId: keyId, Plaintext: 'SGk=' }, { kind: 'partner', otherArn: '' }, 'KMSInternalException');
    const link = encodeShareLink(saved);
    if (!link.ok) throw new Error(link.problem);
    expect(link.fragment).toMatch(/^try=[A-Za-z0-9_-]+$/);
    expect(link.fragment).not.toContain('SGk');
    expect(decodeShareLink(linkOf(link.fragment))).toEqual({
      kind: 'request',
      request: { operation: 'Encrypt', body: { KeyId: keyId }, removed: ['Plaintext'], caller: { kind: 'partner', otherArn: '' }, fault: 'KMSInternalException' },
    });
  });

  it('keeps non-ASCII text intact', () => {
    const link = encodeShareLink(saveRequest('Encrypt', { KeyId: keyId, EncryptionContext: { Abteilung: 'Größe ✓' } }, admin, undefined));
    if (!link.ok) throw new Error(link.problem);
    const decoded = decodeShareLink(link.fragment);
    expect(decoded.kind === 'request' && decoded.request.body).toEqual({ KeyId: keyId, EncryptionContext: { Abteilung: 'Größe ✓' } });
  });

  it('is refused when the request is too large for a URL', () => {
    const big = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`key${index}`, 'x'.repeat(100)]));
    const link = encodeShareLink(saveRequest('Encrypt', { KeyId: keyId, EncryptionContext: big }, admin, undefined));
    expect(link.ok).toBe(false);
    expect(!link.ok && link.problem).toMatch(/too large for a share link/);
  });

  it('means nothing to the tester when the fragment is a heading anchor', () => {
    expect(decodeShareLink('#request-syntax')).toEqual({ kind: 'none' });
    expect(decodeShareLink('')).toEqual({ kind: 'none' });
  });

  it.each([
    ['cut short', '#try=eyJ2IjoxLCJvcGVyYXRpb24i', /not JSON/],
    ['not base64url', '#try=%%%', /not valid base64url/],
    ['of another version', encode({ v: 9, operation: 'Encrypt', body: {}, caller: admin }), /another version/],
    ['for an unknown operation', encode({ v: 1, operation: 'DropTables', body: {}, caller: admin }), /names no QKMS operation/],
    ['with a body that is a list', encode({ v: 1, operation: 'Encrypt', body: [], caller: admin }), /not a JSON object/],
    ['with an unknown caller', encode({ v: 1, operation: 'Encrypt', body: {}, caller: { kind: 'god', otherArn: '' } }), /caller/],
    ['with an unknown fault', encode({ v: 1, operation: 'Encrypt', body: {}, caller: admin, fault: 'Boom' }), /fault/],
    ['longer than a link may be', `#try=${'A'.repeat(SHARE_LINK_LIMIT + 10)}`, /longer than/],
  ])('that is %s is reported, not opened', (_, hash, problem) => {
    const decoded = decodeShareLink(hash);
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.problem).toMatch(problem);
  });

  it('made by hand with a plaintext in it still opens without the plaintext', () => {
    const decoded = decodeShareLink(encode({ v: 1, operation: 'Encrypt', body: { KeyId: keyId, Plaintext: 'c2VjcmV0' }, caller: admin }));
    expect(decoded).toEqual({ kind: 'request', request: { operation: 'Encrypt', body: { KeyId: keyId }, removed: ['Plaintext'], caller: admin } });
  });
});

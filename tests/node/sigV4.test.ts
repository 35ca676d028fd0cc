import { DescribeKeyCommand, ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { NodeSha256 } from '../../mock-server/node/sigv4/NodeSha256';
import { KMS_CONTENT_TYPE as AMZ_JSON } from '../support/kmsRequest';
import { EXAMPLE_KEY_ID, keyArn } from '../support/sandbox';
import { expectKmsError } from './support/expectKmsError';
import { useSandboxServer } from './support/sandboxServer';

const ADMIN = { accessKeyId: 'AKIDADMIN', secretAccessKey: 'admin-secret' };
const OUTSIDER = { accessKeyId: 'AKIDOUTSIDER', secretAccessKey: 'outsider-secret' };

/** A ListKeys request signed by the SDK's signer at `signingDate`, as `credentials`, with headers changed afterwards by `edit`. */
async function signedListKeys(
  url: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  edit: (headers: Record<string, string>) => void = () => undefined,
  signingDate = new Date(),
): Promise<Response> {
  const { host, hostname, port } = new URL(url);
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'kms', sha256: NodeSha256 });
  const body = '{}';
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname,
      port: Number(port),
      path: '/',
      query: {},
      headers: { host, 'content-type': AMZ_JSON, 'x-amz-target': 'TrentService.ListKeys' },
      body,
    },
    { signingDate },
  );
  const headers: Record<string, string> = { ...signed.headers };
  delete headers.host;
  edit(headers);
  return fetch(url, { method: 'POST', headers, body });
}

async function errorOf(response: Response): Promise<{ status: number; type: string; message: string }> {
  const body = (await response.json()) as { __type: string; message: string };
  return { status: response.status, type: body.__type, message: body.message };
}

describe('a server started with credentials checks SigV4 signatures as AWS does', () => {
  const server = useSandboxServer({
    credentials: {
      [ADMIN.accessKeyId]: { secretAccessKey: ADMIN.secretAccessKey, principal: undefined },
      [OUTSIDER.accessKeyId]: { secretAccessKey: OUTSIDER.secretAccessKey, principal: 'arn:verenc:444455556666:role/Outsider' },
    },
  });

  it('answers a request the SDK signed with the right secret', async () => {
    const { Keys } = await server.client(ADMIN).send(new ListKeysCommand({}));
    expect(Keys!.map((key) => key.KeyId)).toContain(EXAMPLE_KEY_ID);
  });

  it('calls as the principal the credentials file gives the access key', async () => {
    await expectKmsError(
      server.client(OUTSIDER).send(new DescribeKeyCommand({ KeyId: keyArn(EXAMPLE_KEY_ID) })),
      'AccessDeniedException',
      400,
    );
    const { KeyMetadata } = await server.client(ADMIN).send(new DescribeKeyCommand({ KeyId: keyArn(EXAMPLE_KEY_ID) }));
    expect(KeyMetadata!.KeyId).toBe(EXAMPLE_KEY_ID);
  });

  it('refuses a signature made with the wrong secret with InvalidSignatureException naming the expected canonical request', async () => {
    const error = await expectKmsError(
      server.client({ accessKeyId: ADMIN.accessKeyId, secretAccessKey: 'not-the-secret' }).send(new ListAliasesCommand({})),
      'InvalidSignatureException',
      400,
    );
    expect(error.message).toContain('The request signature we calculated does not match the signature you provided.');
    expect(error.message).toMatch(/The Canonical String for this request should have been\n'POST\n\/\n\n/);
    expect(error.message).toContain("x-amz-target:TrentService.ListAliases\n");
    expect(error.message).toMatch(/The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n\d{8}T\d{6}Z\n\d{8}\/us-east-1\/kms\/aws4_request\n[0-9a-f]{64}'/);
  });

  it('refuses an access key id the credentials file does not hold with UnrecognizedClientException', async () => {
    const error = await expectKmsError(
      server.client({ accessKeyId: 'AKIDSTRANGER', secretAccessKey: ADMIN.secretAccessKey }).send(new ListKeysCommand({})),
      'UnrecognizedClientException',
      400,
    );
    expect(error.message).toBe('The security token included in the request is invalid.');
  });

  it('refuses a client whose clock is 10 minutes slow with InvalidSignatureException "Signature expired"', async () => {
    const error = await expectKmsError(
      server.client({ ...ADMIN, systemClockOffset: -10 * 60 * 1000 }).send(new ListKeysCommand({})),
      'InvalidSignatureException',
      400,
    );
    expect(error.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
  });

  it('refuses a client whose clock is 10 minutes fast with InvalidSignatureException "Signature not yet current"', async () => {
    const error = await expectKmsError(
      server.client({ ...ADMIN, systemClockOffset: 10 * 60 * 1000 }).send(new ListKeysCommand({})),
      'InvalidSignatureException',
      400,
    );
    expect(error.message).toMatch(/^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z/);
  });

  it('accepts a client whose clock is 4 minutes off', async () => {
    const { Keys } = await server.client({ ...ADMIN, systemClockOffset: -4 * 60 * 1000 }).send(new ListKeysCommand({}));
    expect(Keys!.length).toBeGreaterThan(0);
  });

  it('accepts a request signed by hand with the SDK signer, and refuses it once a signed header is changed', async () => {
    expect((await signedListKeys(server.url, ADMIN)).status).toBe(200);
    const tampered = await signedListKeys(server.url, ADMIN, (headers) => {
      headers['x-amz-target'] = 'TrentService.ListAliases';
    });
    expect(await errorOf(tampered)).toMatchObject({ status: 400, type: 'InvalidSignatureException' });
  });

  it.each([
    {
      what: 'no Authorization header',
      edit: (headers: Record<string, string>) => delete headers.authorization,
      type: 'MissingAuthenticationTokenException',
      says: 'Request is missing Authentication Token',
    },
    {
      what: 'an Authorization header of another scheme',
      edit: (headers: Record<string, string>) => (headers.authorization = 'Bearer abc'),
      type: 'IncompleteSignatureException',
      says: "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=Bearer abc",
    },
    {
      what: 'no Signature parameter',
      edit: (headers: Record<string, string>) => (headers.authorization = headers.authorization.replace(/, Signature=[0-9a-f]+/, '')),
      type: 'IncompleteSignatureException',
      says: "Authorization header requires 'Signature' parameter.",
    },
    {
      what: 'no X-Amz-Date or Date header',
      edit: (headers: Record<string, string>) => delete headers['x-amz-date'],
      type: 'IncompleteSignatureException',
      says: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    },
    {
      what: 'a credential of four elements',
      edit: (headers: Record<string, string>) => (headers.authorization = headers.authorization.replace('/us-east-1/', '/')),
      type: 'IncompleteSignatureException',
      says: 'Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term',
    },
    {
      what: 'an X-Amz-Date not in ISO-8601 basic format',
      edit: (headers: Record<string, string>) => (headers['x-amz-date'] = '2026-12-01T02:00:00Z'),
      type: 'IncompleteSignatureException',
      says: "Date must be in ISO-8601 'basic format'. Got '2026-12-01T02:00:00Z'.",
    },
    {
      what: 'a credential scope of another service',
      edit: (headers: Record<string, string>) => (headers.authorization = headers.authorization.replace('/kms/', '/s3/')),
      type: 'InvalidSignatureException',
      says: "Credential should be scoped to correct service: 'kms'.",
    },
    {
      what: 'a credential scope of another day',
      edit: (headers: Record<string, string>) =>
        (headers.authorization = headers.authorization.replace(/Credential=(\w+)\/\d{8}\//, 'Credential=$1/20200101/')),
      type: 'InvalidSignatureException',
      says: 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP',
    },
    {
      what: 'a SignedHeaders list without host',
      edit: (headers: Record<string, string>) =>
        (headers.authorization = headers.authorization.replace(/SignedHeaders=[^,]+/, 'SignedHeaders=content-type;x-amz-date;x-amz-target')),
      type: 'IncompleteSignatureException',
      says: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    },
  ])('answers a request with $what with $type', async ({ edit, type, says }) => {
    const reply = await errorOf(await signedListKeys(server.url, ADMIN, edit));
    expect(reply).toMatchObject({ status: 400, type });
    expect(reply.message).toContain(says);
  });
});

describe('a server started without credentials', () => {
  const server = useSandboxServer();

  it('answers requests whatever their signature, as before', async () => {
    const wrong = server.client({ accessKeyId: 'anything', secretAccessKey: 'whatever', systemClockOffset: -3_600_000 });
    const { Keys } = await wrong.send(new ListKeysCommand({}));
    expect(Keys!.length).toBeGreaterThan(0);
    const unsigned = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': AMZ_JSON, 'x-amz-target': 'TrentService.ListKeys' },
      body: '{}',
    });
    expect(unsigned.status).toBe(200);
  });
});

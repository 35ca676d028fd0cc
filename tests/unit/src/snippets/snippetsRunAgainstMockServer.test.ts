import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQkms } from '../../../../mock-server/index';
import { startServer } from '../../../../mock-server/node/startServer';
import type { RunningServer } from '../../../../mock-server/node/startServer';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import type { SnippetInput } from '../../../../src/snippets/SnippetInput';
import { toAwsCli } from '../../../../src/snippets/toAwsCli';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toCurl } from '../../../../src/snippets/toCurl';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';
import { kmsRequest } from '../../../support/kmsRequest';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID, SEEDED_GRANT_TOKEN as GRANT_TOKEN } from '../../../support/sandbox';

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../../../..');
// Inside node_modules so the generated ES module resolves @aws-sdk/client-kms like a reader's project would.
const scratch = path.join(repoRoot, 'node_modules', '.cache', 'qkms-snippet-tests');

async function available(command: string, args: readonly string[]): Promise<boolean> {
  try {
    await run(command, [...args]);
    return true;
  } catch {
    return false;
  }
}

const hasCurl = await available('curl', ['--version']);
const hasAwsCli = await available('aws', ['--version']);
const hasBoto3 = await available('python3', ['-c', 'import boto3']);

let server: RunningServer;
let request: SnippetInput;

beforeAll(async () => {
  server = await startServer({ qkms: createQkms({ faults: false }), port: 0 });
  await mkdir(scratch, { recursive: true });
  const body = { KeyId: EXAMPLE_KEY_ID, Plaintext: 'SGVsbG8sIFFLTVMh', EncryptionContext: { Department: 'Finance' } };
  const encrypted = await fetch(kmsRequest('Encrypt', body, {}, { origin: server.url }));
  const { CiphertextBlob } = (await encrypted.json()) as { CiphertextBlob: string };
  // The test server listens on a free port, not the default mock-server address the pages show.
  const url = new URL(server.url);
  request = {
    operation: 'ReEncrypt',
    endpoint: { ...sandboxEndpoint, url: url.origin, host: url.host },
    body: {
      CiphertextBlob,
      SourceKeyId: EXAMPLE_KEY_ID,
      DestinationKeyId: SECOND_KEY_ID,
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationEncryptionContext: { Purpose: "Reader's test" },
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      GrantTokens: [GRANT_TOKEN],
    },
  };
});

afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

const destinationArn = keyArn(SECOND_KEY_ID);

describe('generated snippets run against the mock server', () => {
  it.skipIf(!hasCurl)('the curl snippet re-encrypts under the destination key', async () => {
    const { stdout } = await run('bash', ['-c', toCurl(request)]);
    expect(JSON.parse(stdout)).toMatchObject({ KeyId: destinationArn });
  });

  it.skipIf(!hasAwsCli)('the AWS CLI snippet sends the blob as bytes and re-encrypts', async () => {
    const { stdout } = await run('bash', ['-c', toAwsCli(request)]);
    expect(JSON.parse(stdout)).toMatchObject({ KeyId: destinationArn, SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
  });

  it('the JavaScript SDK v3 snippet runs as an ES module and re-encrypts', async () => {
    const file = path.join(scratch, 'reEncrypt.mjs');
    await writeFile(file, toJsSdkV3(request));
    const { stdout } = await run('node', [file]);
    expect(stdout).toContain(destinationArn);
  });

  it.skipIf(!hasBoto3)('the boto3 snippet re-encrypts', async () => {
    const { stdout } = await run('python3', ['-c', toBoto3(request)]);
    expect(stdout).toContain(`'KeyId': '${destinationArn}'`);
  });
});

import { describe, expect, test } from 'vitest';
import { kmsRequest, rawBody } from '../support/kmsRequest';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../support/sandbox';
import { listeningUrl, runCli } from './support/runCli';

/** A plaintext no log line, message or id could contain by chance. */
const SECRET = 'plaintext-canary-6f1d2c94-must-never-leave-the-request';
const SECRET_B64 = Buffer.from(SECRET).toString('base64');
/** Base64 of the secret shifted by one and two bytes, so the secret cannot hide in a longer base64 blob either. */
const SECRET_B64_SHIFTED = [1, 2].map((shift) => Buffer.from(`${'x'.repeat(3 - shift)}${SECRET}`).toString('base64').slice(4, -4));

async function send(url: string, operation: string, body: unknown, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(kmsRequest(operation, body, headers, { origin: url }));
  return response.text();
}

describe('plaintext never leaves the request', () => {
  test("the Node server's logs never contain a plaintext, whether the request succeeds, fails validation or breaks JSON, and ReEncrypt never answers it", async () => {
    const run = runCli(['--port', '0', '--faults']);
    const url = await listeningUrl(run);
    const encrypted = JSON.parse(await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: SECRET_B64 })) as { CiphertextBlob: string };
    const replies = [
      await send(url, 'Decrypt', { CiphertextBlob: encrypted.CiphertextBlob }),
      await send(url, 'ReEncrypt', { CiphertextBlob: encrypted.CiphertextBlob, DestinationKeyId: SECOND_KEY_ID }),
      // Refused for another member: the message must not echo the plaintext beside it.
      await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: SECRET_B64, EncryptionAlgorithm: 'NOT_AN_ALGORITHM' }),
      await send(url, 'Encrypt', { KeyId: 'alias/no-such-alias', Plaintext: SECRET_B64 }),
      await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: Buffer.from(SECRET.repeat(100)).toString('base64') }),
      await send(url, 'Encrypt', rawBody(`{"KeyId":"${EXAMPLE_KEY_ID}","Plaintext":"${SECRET_B64}",`)),
      await send(url, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: SECRET_B64 }, { 'X-Qkms-Sandbox-Fault': 'KMSInternalException' }),
      await send(url, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256' }),
    ];
    const reEncrypted = replies[1];
    expect(JSON.parse(reEncrypted)).not.toHaveProperty('Plaintext');
    for (const text of [SECRET, SECRET_B64, ...SECRET_B64_SHIFTED]) expect(reEncrypted).not.toContain(text);
    for (const reply of replies.slice(2, 7)) expect(reply).not.toContain(SECRET_B64);

    run.child.kill('SIGTERM');
    await run.exited;
    const { stdout, stderr } = run.output();
    const logs = `${stdout}\n${stderr}`;
    expect(stdout).toContain('QKMS mock server listening on');
    for (const text of [SECRET, SECRET_B64, ...SECRET_B64_SHIFTED]) expect(logs).not.toContain(text);
  }, 60_000);
});

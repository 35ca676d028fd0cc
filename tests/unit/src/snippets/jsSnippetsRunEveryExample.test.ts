import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CALLER_HEADER, createQkms } from '../../../../mock-server/index';
import { startServer } from '../../../../mock-server/node/startServer';
import { docExamples } from '../../../../scripts/examples/docExamples';
import type { DocExample } from '../../../../scripts/examples/docExamples';
import { sendExample } from '../../../../scripts/examples/sendExample';
import { isJsonObject } from '../../../../src/json/isJsonObject';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { operationFromRequest } from '../../../../src/snippets/operationFromRequest';
import { callerEndpoint } from '../../../../src/snippets/callerEndpoint';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';

const repoRoot = path.resolve(__dirname, '../../../..');
// Inside node_modules so each module resolves @aws-sdk/client-kms as a reader's project would.
const scratch = path.join(repoRoot, 'node_modules', '.cache', 'qkms-js-snippets');

beforeAll(async () => {
  await mkdir(scratch, { recursive: true });
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface Documented {
  readonly __type?: string;
  readonly message?: string;
  readonly [member: string]: unknown;
}

const examples = docExamples(path.join(repoRoot, 'docs'));
const named = (example: DocExample): string => `${example.page} › ${example.section}`;

it.each(examples.map((example, index) => [named(example), example, index] as const))(
  'the JS SDK v3 snippet of %s answers as documented',
  async (_name, example, index) => {
    const qkms = createQkms({ faults: false, onInternalError: () => undefined });
    for (const step of example.setup) expect((await sendExample(qkms, step)).status).toBe(200);
    const caller = example.request.headers[CALLER_HEADER];
    const endpoint = callerEndpoint(sandboxEndpoint, caller);
    // As a reader would run it: the server started with --principals naming the snippet's key id for the caller.
    const principals = caller === undefined ? {} : { [endpoint.accessKeyId]: caller };
    const server = await startServer({ qkms, port: 0, principals });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const url = new URL(server.url);
      const operation = operationFromRequest(example.request) ?? '';
      const body = isJsonObject(example.request.body as JsonObject) ? (example.request.body as JsonObject) : {};
      const file = path.join(scratch, `example${index}.mjs`);
      await writeFile(file, toJsSdkV3({ operation, body, endpoint: { ...endpoint, url: url.origin, host: url.host } }));
      const documented = (example.response.body ?? {}) as Documented;
      const outcome = await import(file).then(
        () => ({ response: log.mock.calls[0]?.[0] as Record<string, unknown> }),
        (error: unknown) => ({ error: error as { name: string; message: string } }),
      );
      if (documented.__type !== undefined) {
        expect('error' in outcome ? { name: outcome.error.name, message: outcome.error.message } : outcome).toEqual({
          name: documented.__type,
          message: documented.message,
        });
      } else {
        expect('error' in outcome ? outcome.error : undefined).toBeUndefined();
        const response = 'response' in outcome ? outcome.response : {};
        // Ids of things the request names are fixed; grant ids, ciphertexts and the like are fresh each time.
        for (const [member, value] of Object.entries(documented)) {
          if (typeof value === 'string' && /(KeyId|Arn|AliasName)$/.test(member)) expect(response[member], member).toBe(value);
        }
      }
    } finally {
      log.mockRestore();
      await server.close();
    }
  },
);

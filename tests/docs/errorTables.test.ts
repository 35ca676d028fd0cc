import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQkms, isOperationName } from '../../mock-server/index';
import { docExamples } from '../../scripts/examples/docExamples';
import { listOperationPages } from '../../scripts/examples/listOperationPages';
import { sendExample } from '../../scripts/examples/sendExample';
import { readKmsReference } from '../../scripts/kmsReference';
import { genericProbes } from './errorProbes/genericProbes';
import type { Probe } from './errorProbes/Probe';
import { specificProbes } from './errorProbes/specificProbes';

/*
 * Each page's Errors table is held to what the backend does: every error a probe makes the backend
 * answer the operation with is in the table, every row is answered to some probe, and every error
 * AWS KMS's model lists for the operation but QKMS never returns there is named below the table.
 * Probes are the page's own examples, generic ones built from its first successful example (its first
 * example when it has none), and the
 * hand-written ones of errorProbes/specificProbes.ts.
 */

/** Errors any operation may answer, explained once on the errors page rather than in each table. */
const COMMON_ERRORS = new Set(['ValidationException', 'AccessDeniedException', 'SerializationException', 'UnknownOperationException']);

const docsDir = path.resolve(process.cwd(), 'docs');
const examples = docExamples(docsDir);
const reference = new Map(readKmsReference().operations.map((operation) => [operation.name, operation]));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function errorsSection(source: string): { rows: string[]; prose: string } {
  const section = source.split(/^## Errors\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const lines = section.split('\n');
  const rows = lines
    .map((line) => /^\|\s*\[(\w+)\]\(/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return { rows, prose: lines.filter((line) => !line.startsWith('|')).join('\n') };
}

/** The error the backend answers the probe with; undefined on success, or when a generic probe's setup does not apply. */
async function answer(probe: Probe): Promise<string | undefined> {
  const qkms = createQkms({ onInternalError: () => undefined });
  for (const step of probe.setup) {
    const prepared = await sendExample(qkms, step);
    if (prepared.status === 200) continue;
    if (probe.setupMayFail) return undefined;
    throw new Error(`setup of "${probe.why}" failed: ${JSON.stringify(prepared.body)}`);
  }
  const reply = await sendExample(qkms, probe.request);
  return isRecord(reply.body) && typeof reply.body.__type === 'string' ? reply.body.__type : undefined;
}

const pages = listOperationPages(docsDir).map((page) => {
  const source = readFileSync(path.join(docsDir, page), 'utf8');
  return { page, source, operation: /^title:\s*(\w+)\s*$/m.exec(source)?.[1] ?? '' };
});

describe('errors tables', () => {
  describe.each(pages.map((page) => [page.operation, page] as const))('%s', (operation, { page, source }) => {
    if (!isOperationName(operation)) throw new Error(`${page}: ${operation} is not an operation QKMS serves.`);
    const target = `TrentService.${operation}`;
    const onPage = examples.filter((example) => example.page === page && example.request.headers['X-Amz-Target'] === target);
    const numbered = onPage.filter((example) => example.section.startsWith('Example'));
    // An operation QKMS always refuses (ReplicateKey) has no successful example: its first one is the base.
    const base = numbered.find((example) => !(isRecord(example.response.body) && '__type' in example.response.body)) ?? numbered[0];
    const probes: Probe[] = [
      ...onPage.map((example) => ({ why: `the example "${example.section}"`, setup: example.setup, request: example.request })),
      ...(base ? genericProbes(operation, base) : []),
      ...(specificProbes[operation] ?? []),
    ];
    const { rows, prose } = errorsSection(source);
    const modelErrors = reference.get(operation)?.errors ?? [];

    it('lists exactly the errors the backend answers it with', async () => {
      const seenBy = new Map<string, string>();
      for (const probe of probes) {
        const type = await answer(probe);
        if (type !== undefined && !COMMON_ERRORS.has(type) && !seenBy.has(type)) seenBy.set(type, probe.why);
      }
      // An error outside the model's list for the operation belongs below the table, in words, not in it.
      const unlisted = [...seenBy]
        .filter(([type]) => !rows.includes(type) && (modelErrors.includes(type) || !prose.includes(type)))
        .map(([type, why]) => `${type} (when ${why})`);
      const unanswered = rows.filter((row) => !seenBy.has(row));
      expect(unlisted, `answered but not in the table: ${unlisted.join('; ')}`).toEqual([]);
      expect(unanswered, `in the table but answered to no probe: ${unanswered.join(', ')}`).toEqual([]);
    });

    it('names each error of the model it never answers', () => {
      const never = modelErrors.filter((error) => !rows.includes(error));
      const unnamed = never.filter((error) => !prose.includes(error));
      expect(unnamed, `never answered, yet not named below the table: ${unnamed.join(', ')}`).toEqual([]);
    });
  });
});

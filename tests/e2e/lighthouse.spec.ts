import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures';

const run = promisify(execFile);
const REPORT = path.resolve('test-results/lighthouse/re-encrypt.report.json');

interface LighthouseAudit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
}

interface LighthouseReport {
  readonly categories: { readonly accessibility: { readonly score: number | null } };
  readonly audits: Readonly<Record<string, LighthouseAudit>>;
}

// Lighthouse starts its own Chromium (the one the suite uses) against the served production build.
test('Lighthouse scores the ReEncrypt page 1.0 for accessibility', async ({ baseURL }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  const started = performance.now();
  await run(
    'npx',
    [
      'lighthouse',
      `${baseURL}/docs/api/re-encrypt`,
      '--only-categories=accessibility',
      '--throttling-method=provided',
      '--output=json',
      `--output-path=${REPORT}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
  );
  console.log(`lighthouse: ${((performance.now() - started) / 1000).toFixed(1)} s, report ${path.relative(process.cwd(), REPORT)}`);
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as LighthouseReport;
  const failing = Object.values(report.audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}`);
  expect(failing).toEqual([]);
  expect(report.categories.accessibility.score).toBe(1);
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures';
import { heaviestApiPage } from './support/heaviestApiPage';

const run = promisify(execFile);

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

// Lighthouse starts its own Chromium (the one the suite uses) against the served production build: the ReEncrypt
// page and the API page with the most elements (tables, examples), where a missing label or contrast shows first.
for (const pagePath of ['/docs/api/re-encrypt', heaviestApiPage().path]) {
  const slug = pagePath.split('/').pop()!;
  test(`Lighthouse scores ${pagePath} 1.0 for accessibility`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const report = path.resolve(`test-results/lighthouse/${slug}.report.json`);
    fs.mkdirSync(path.dirname(report), { recursive: true });
    const started = performance.now();
    await run(
      'npx',
      [
        'lighthouse',
        `${baseURL}${pagePath}`,
        '--only-categories=accessibility',
        '--throttling-method=provided',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    );
    console.log(`lighthouse: ${((performance.now() - started) / 1000).toFixed(1)} s, report ${path.relative(process.cwd(), report)}`);
    const result = JSON.parse(fs.readFileSync(report, 'utf8')) as LighthouseReport;
    const failing = Object.values(result.audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id}: ${audit.title}`);
    expect(failing).toEqual([]);
    expect(result.categories.accessibility.score).toBe(1);
  });
}

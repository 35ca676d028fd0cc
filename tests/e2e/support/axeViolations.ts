import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's violations on the page (or inside `include`), every rule axe runs by default — WCAG A/AA and its best
 * practices (heading order, landmarks) — one line per offending element, so a failure says what to fix and where.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include !== undefined) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'no impact'}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
  );
}

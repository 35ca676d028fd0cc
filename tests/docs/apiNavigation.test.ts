import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sidebars from '../../sidebars';
import { API_OVERVIEW_PAGE, listOperationPages } from '../../scripts/examples/listOperationPages';

/* The API overview and the sidebar's API groups: every operation page reachable from both, once, in the same groups. */

interface Group {
  readonly label: string;
  /** Page names, docs/api/<page>.mdx. */
  readonly pages: readonly string[];
}

const docsDir = path.resolve(process.cwd(), 'docs');
const operationPages = listOperationPages(docsDir).map((page) => page.replace(/^api\//, '').replace(/\.mdx$/, ''));
const overview = readFileSync(path.join(docsDir, API_OVERVIEW_PAGE), 'utf8');
const titleOf = (page: string) =>
  /^title:\s*(.+?)\s*$/m.exec(readFileSync(path.join(docsDir, 'api', `${page}.mdx`), 'utf8'))?.[1];

/** Each `## ` section of the overview with the pages its list links, in order. */
function overviewGroups(): Group[] {
  return overview
    .split(/^## /m)
    .slice(1)
    .map((section) => ({
      label: section.split('\n')[0].trim(),
      pages: [...section.matchAll(/\]\(\.\/([\w-]+)\.mdx\)/g)].map((match) => match[1]),
    }));
}

/** Overview list items: `- [Name](./page.mdx) — what it does.` */
const overviewItems = [...overview.matchAll(/^- \[(\w+)\]\(\.\/([\w-]+)\.mdx\) — (.+)$/gm)].map(([, name, page, summary]) => ({
  name,
  page,
  summary,
}));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The groups of the sidebar's "API reference" category, and the doc the category itself links to. */
function sidebarApi(): { link: unknown; groups: Group[] } {
  const items: unknown = sidebars.docs;
  const api = Array.isArray(items) ? items.find((item) => isRecord(item) && item.label === 'API reference') : undefined;
  if (!isRecord(api) || !Array.isArray(api.items)) throw new Error('sidebars.ts has no "API reference" category.');
  const groups = api.items.map((group: unknown) => {
    if (!isRecord(group) || group.type !== 'category' || typeof group.label !== 'string' || !Array.isArray(group.items)) {
      throw new Error(`The API reference sidebar holds something other than a labelled group: ${JSON.stringify(group)}`);
    }
    const pages = group.items.map((item: unknown) => {
      if (typeof item !== 'string' || !item.startsWith('api/')) throw new Error(`${group.label}: ${JSON.stringify(item)} is not an api/ page id.`);
      return item.slice('api/'.length);
    });
    return { label: group.label, pages };
  });
  return { link: api.link, groups };
}

describe('API reference navigation', () => {
  it('the overview links every operation page exactly once and nothing else', () => {
    const linked = [...overview.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect([...linked].sort()).toEqual(operationPages.map((page) => `./${page}.mdx`).sort());
  });

  it('the overview names each operation after its page and says in one line what it does', () => {
    expect(overviewItems.map(({ page }) => page).sort()).toEqual([...operationPages].sort());
    for (const { name, page, summary } of overviewItems) {
      expect(name, page).toBe(titleOf(page));
      expect(summary.length, `${name}'s line`).toBeGreaterThan(10);
    }
  });

  it('the overview is not an operation page', () => {
    expect(operationPages).not.toContain('index');
    expect(overview).not.toMatch(/<ApiTester|<ApiExample/);
  });

  it('every page of every sidebar group exists', () => {
    for (const { label, pages } of sidebarApi().groups) {
      for (const page of pages) expect(existsSync(path.join(docsDir, 'api', `${page}.mdx`)), `${label} › ${page}`).toBe(true);
    }
  });

  it('the sidebar lists every operation page in exactly one group', () => {
    const inSidebar = sidebarApi().groups.flatMap(({ pages }) => pages);
    expect([...inSidebar].sort()).toEqual([...operationPages].sort());
  });

  it('the sidebar groups the operations as the overview does, with the same labels, in the same order', () => {
    expect(sidebarApi().groups).toEqual(overviewGroups());
  });

  it('the sidebar\'s API reference heading opens the overview', () => {
    expect(sidebarApi().link).toEqual({ type: 'doc', id: 'api/index' });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOperationPages } from '../../scripts/examples/listOperationPages';

/*
 * What a reader looks for after an operation's reference: whether another account can call it, the
 * operations that go with it, and where QKMS differs from AWS KMS — then the tester, last.
 */

const docsDir = path.resolve(process.cwd(), 'docs');
const operationPages = listOperationPages(docsDir);

interface Section {
  readonly title: string;
  readonly body: string;
}

/** The `## ` sections of a page, in order (code fences skipped, so a `## ` inside one is not a heading). */
function sectionsOf(source: string): Section[] {
  const sections: Section[] = [];
  let inFence = false;
  for (const line of source.split('\n')) {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) sections.push({ title: line.slice(3).trim(), body: '' });
    else if (sections.length > 0) {
      const last = sections[sections.length - 1];
      sections[sections.length - 1] = { ...last, body: `${last.body}${line}\n` };
    }
  }
  return sections;
}

/** The anchor Docusaurus gives a heading: an explicit `{#id}`, else its words in lower case joined by hyphens. */
function anchorsOf(source: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of source.matchAll(/^#{1,6} (.+)$/gm)) {
    const explicit = /\{#([\w-]+)\}\s*$/.exec(heading);
    anchors.add(
      explicit
        ? explicit[1]
        : heading
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\s-]/gu, '')
            .trim()
            .replace(/\s/g, '-'),
    );
  }
  return anchors;
}

/** Markdown links to other docs (`./x.mdx`, `../concepts/x.mdx#a`) or to an anchor of the same page (`#a`). */
function linksIn(body: string): string[] {
  return [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((href) => !/^[a-z]+:/.test(href));
}

/** Why `href`, written in `page`, does not resolve, or undefined when it does. */
function brokenLink(page: string, href: string): string | undefined {
  const [file, anchor] = href.split('#');
  const target = file === '' ? path.join(docsDir, page) : path.resolve(path.dirname(path.join(docsDir, page)), file);
  if (!target.endsWith('.mdx') || !existsSync(target)) return `${href}: no page ${path.relative(docsDir, target)}`;
  if (anchor !== undefined && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) return `${href}: no heading #${anchor}`;
  return undefined;
}

describe.each(operationPages)('%s', (page) => {
  const source = readFileSync(path.join(docsDir, page), 'utf8');
  const sections = sectionsOf(source);
  const titles = sections.map((section) => section.title);
  const section = (title: string) => sections.find((candidate) => candidate.title === title);

  it('says after Permissions whether another account can call the operation, then lists related operations', () => {
    const permissions = titles.indexOf('Permissions');
    expect(permissions).toBeGreaterThanOrEqual(0);
    expect(titles.slice(permissions + 1, permissions + 3)).toEqual(['Cross-account use', 'Related operations']);
    expect(section('Cross-account use')?.body.trim()).not.toBe('');
  });

  it('links three to six other operation pages as related operations', () => {
    const links = linksIn(section('Related operations')?.body ?? '');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeLessThanOrEqual(6);
    const ownName = path.basename(page);
    for (const href of links) {
      expect(href).toMatch(/^\.\/[\w-]+\.mdx$/);
      expect(href).not.toBe(`./${ownName}`);
      expect(operationPages).toContain(`api/${href.slice(2)}`);
    }
  });

  it('links only pages and headings that exist from its closing sections', () => {
    const closing = ['Cross-account use', 'Related operations', 'Differences from AWS KMS'];
    const broken = sections
      .filter((candidate) => closing.includes(candidate.title))
      .flatMap((candidate) => linksIn(candidate.body))
      .map((href) => brokenLink(page, href))
      .filter((problem) => problem !== undefined);
    expect(broken).toEqual([]);
  });

  it('keeps Differences from AWS KMS, when it has one, a non-empty list before Try It Out', () => {
    const differences = section('Differences from AWS KMS');
    if (differences === undefined) return;
    expect(differences.body).toMatch(/^- \S/m);
    expect(titles.indexOf('Differences from AWS KMS')).toBe(titles.indexOf('Related operations') + 1);
  });

  it('ends with Try It Out and its tester', () => {
    expect(titles[titles.length - 1]).toBe('Try It Out');
    expect(titles.filter((title) => title === 'Try It Out')).toHaveLength(1);
    expect(section('Try It Out')?.body).toContain('<ApiTester');
  });
});

it('finds the operation pages it checks', () => {
  expect(operationPages.length).toBeGreaterThan(0);
});

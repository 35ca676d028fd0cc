import { escapeHtml } from '../shared/escapeHtml';
import type { ConstraintLine } from './describeConstraints';
import type { TableRow } from './tableRows';

/** The table's CSS module: its class names by the names in styles.module.css. */
export type RowClasses = Readonly<Record<string, string>>;

/** Long member names (DestinationEncryptionAlgorithm) may wrap between words, so descriptions keep their width. */
const breakableName = (name: string): string => name.split(/(?=[A-Z][a-z])/).map(escapeHtml).join('<wbr>');

function constraintsHtml(lines: readonly ConstraintLine[], classes: RowClasses): string {
  if (lines.length === 0) return `<span class="${classes.none}">—</span>`;
  // Divs with list roles: Infima's list margins outrank module CSS in the production build.
  const items = lines.map((line) => {
    const values = (line.values ?? []).map((value) => ` <code class="${classes.value}">${escapeHtml(value)}</code>`).join('');
    return `<div role="listitem" class="${classes.constraint}">${escapeHtml(line.text)}${values}</div>`;
  });
  return `<div role="list" class="${classes.constraints}">${items.join('')}</div>`;
}

function rowHtml(row: TableRow, showRequired: boolean, classes: RowClasses): string {
  const id = escapeHtml(row.id);
  const name = escapeHtml(row.name);
  // A heading with a hash-link, the markup the search plugin splits sections at: a hit on a member lands on its row.
  // Hidden text, not aria-label, so the tester's getByLabel('CiphertextBlob') finds only its input; search-ignore keeps
  // it out of the search index (docusaurus.config.ts, ignoreCssSelectors).
  const nameCell =
    `<td class="${classes.nameCell}"><h3 class="${classes.nameHeading}"><code class="${classes.name}">${breakableName(row.name)}</code>` +
    `<a class="hash-link ${classes.anchor}" href="#${id}" title="Direct link to ${name}"><span aria-hidden="true">#</span>` +
    `<span class="${classes.visuallyHidden} search-ignore">Direct link to ${name}</span></a></h3></td>`;
  const requiredCell = showRequired
    ? `<td>${row.required ? `<span class="${classes.required}">Required</span>` : `<span class="${classes.optional}">Optional</span>`}</td>`
    : '';
  return (
    `<tr id="${id}" class="${classes.row}">${nameCell}<td class="${classes.type}">${escapeHtml(row.type)}</td>${requiredCell}` +
    `<td class="${classes.descriptionCell}">${escapeHtml(row.description)}</td><td class="${classes.constraintsCell}">${constraintsHtml(row.constraints, classes)}</td></tr>`
  );
}

/**
 * A parameters table's rows as one HTML string. The rows are static text from the page and the spec, and as React
 * elements they were a third of what an API page hydrated; as a string React hydrates one <tbody>.
 */
export const rowsHtml = (rows: readonly TableRow[], showRequired: boolean, classes: RowClasses): string =>
  rows.map((row) => rowHtml(row, showRequired, classes)).join('');

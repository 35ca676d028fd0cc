import { createElement as h, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server/spec';
import { rowsHtml } from '../../../../../src/components/ParamsTable/rowsHtml';
import { requestTable, responseTable, type TableRow } from '../../../../../src/components/ParamsTable/tableRows';

/** Each class name is its module name with a prefix, as CSS modules hash them in the build. */
const classes = new Proxy({} as Record<string, string>, { get: (_target, name) => `m_${String(name)}` });

/** The rows as the table rendered them as React elements before they became a string: the markup the string must equal. */
function reactRows(rows: readonly TableRow[], showRequired: boolean): ReactNode {
  return rows.map((row) =>
    h(
      'tr',
      { key: row.id, id: row.id, className: classes.row },
      h(
        'td',
        { className: classes.nameCell },
        h(
          'h3',
          { className: classes.nameHeading },
          h(
            'code',
            { className: classes.name },
            row.name.split(/(?=[A-Z][a-z])/).map((word, index) => h(Fragment, { key: index }, index > 0 && h('wbr'), word)),
          ),
          h(
            'a',
            { className: `hash-link ${classes.anchor}`, href: `#${row.id}`, title: `Direct link to ${row.name}` },
            h('span', { 'aria-hidden': 'true' }, '#'),
            h('span', { className: `${classes.visuallyHidden} search-ignore` }, `Direct link to ${row.name}`),
          ),
        ),
      ),
      h('td', { className: classes.type }, row.type),
      showRequired &&
        h(
          'td',
          null,
          row.required ? h('span', { className: classes.required }, 'Required') : h('span', { className: classes.optional }, 'Optional'),
        ),
      h('td', { className: classes.descriptionCell }, row.description),
      h(
        'td',
        { className: classes.constraintsCell },
        row.constraints.length === 0
          ? h('span', { className: classes.none }, '—')
          : h(
              'div',
              { role: 'list', className: classes.constraints },
              row.constraints.map((line, index) =>
                h(
                  'div',
                  { role: 'listitem', key: index, className: classes.constraint },
                  line.text,
                  line.values?.map((value) => h(Fragment, { key: value }, ' ', h('code', { className: classes.value }, value))),
                ),
              ),
            ),
      ),
    ),
  );
}

/** React writes void elements as <wbr/>, the string as <wbr>: the same element once parsed. */
const reactMarkup = (rows: readonly TableRow[], showRequired: boolean): string =>
  renderToStaticMarkup(h('tbody', null, reactRows(rows, showRequired))).replace(/^<tbody>|<\/tbody>$/g, '').replace(/<wbr\/>/g, '<wbr>');

const request = requestTable(
  [
    { name: 'CiphertextBlob', type: 'blob', required: true, description: 'Ciphertext of data, from "Encrypt" & <ReEncrypt>.' },
    { name: 'DestinationEncryptionAlgorithm', type: 'string', required: false, description: "The algorithm's name." },
    { name: 'GrantTokens', type: 'array', required: false, description: '' },
    { name: 'DryRun', type: 'boolean', required: false, description: 'Checks permission only.' },
  ],
  operationSpecs.ReEncrypt,
);
const response = responseTable(
  [
    { name: 'KeyId', description: 'ARN of the key.' },
    { name: 'SourceEncryptionAlgorithm', description: '' },
  ],
  operationSpecs.ReEncrypt,
);

describe('parameter rows as one HTML string', () => {
  it('equals the markup React rendered for request rows, with the Required column', () => {
    expect(rowsHtml(request.rows, true, classes)).toBe(reactMarkup(request.rows, true));
  });

  it('equals the markup React rendered for response rows, without the Required column', () => {
    expect(rowsHtml(response.rows, false, classes)).toBe(reactMarkup(response.rows, false));
  });

  it('escapes text and attributes so a description cannot add markup', () => {
    const html = rowsHtml([{ id: 'request-X"Y', name: 'X<b>', type: 'string', required: true, description: '<img src=x onerror=alert(1)>', constraints: [{ text: 'a&b', values: ['<v>'] }] }], true, classes);
    expect(html).not.toMatch(/<img|<b>|<v>/);
    expect(html).toContain('id="request-X&quot;Y"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a&amp;b <code class="m_value">&lt;v&gt;</code>');
  });

  it('anchors every row under its own id with a link to it and text for search to ignore', () => {
    const html = rowsHtml(request.rows, true, classes);
    for (const row of request.rows) {
      expect(html).toContain(`<tr id="${row.id}"`);
      expect(html).toContain(`href="#${row.id}" title="Direct link to ${row.name}"`);
      expect(html).toContain(`search-ignore">Direct link to ${row.name}</span>`);
    }
    expect(html).toContain('Destination<wbr>Encryption<wbr>Algorithm');
    expect(html.match(/>Required</g)).toHaveLength(1);
    expect(html.match(/>Optional</g)).toHaveLength(3);
  });
});

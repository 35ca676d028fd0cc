import React, { type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { operationSpecs } from '../../../mock-server';
import { useDocOperation } from '../shared/useDocOperation';
import { assertTableProps } from './assertTableProps';
import type { ParamsTableProps } from './assertTableProps';
import type { ConstraintLine } from './describeConstraints';
import { requestTable, responseTable } from './tableRows';
import type { TableRow } from './tableRows';
import styles from './styles.module.css';

export type { ParamsTableProps } from './assertTableProps';
export type { ParameterRow, ResponseElementRow } from './types';

function renderConstraints(lines: readonly ConstraintLine[]): ReactNode {
  if (lines.length === 0) return <span className={styles.none}>—</span>;
  // Divs with list roles: Infima's list margins outrank module CSS in the production build.
  return (
    <div role="list" className={styles.constraints}>
      {lines.map((line) => (
        <div role="listitem" key={`${line.text}${line.values?.join('|') ?? ''}`} className={styles.constraint}>
          {line.text}
          {line.values?.map((value) => (
            <React.Fragment key={value}>
              {' '}
              <code className={styles.value}>{value}</code>
            </React.Fragment>
          ))}
        </div>
      ))}
    </div>
  );
}

/** Long member names (DestinationEncryptionAlgorithm) may wrap between words, so descriptions keep their width. */
function breakableName(name: string): ReactNode {
  const words = name.split(/(?=[A-Z][a-z])/);
  return words.map((word, index) => (
    <React.Fragment key={`${index}-${word}`}>
      {index > 0 && <wbr />}
      {word}
    </React.Fragment>
  ));
}

/** Plain functions, not components: a table's rows and cells are static, and each component is one more thing to hydrate. */
function renderRow(row: TableRow, showRequired: boolean): ReactNode {
  return (
    <tr key={row.id} id={row.id} className={styles.row}>
      <td className={styles.nameCell}>
        {/* A heading with a hash-link, the markup the search plugin splits sections at: a hit on a member lands on its row. */}
        <h3 className={styles.nameHeading}>
          <code className={styles.name}>{breakableName(row.name)}</code>
          {/* Hidden text, not aria-label, so the tester's getByLabel('CiphertextBlob') finds only its input. */}
          <a className={`hash-link ${styles.anchor}`} href={`#${row.id}`} title={`Direct link to ${row.name}`}>
            <span aria-hidden="true">#</span>
            {/* search-ignore: the search index leaves it out (docusaurus.config.ts, ignoreCssSelectors). */}
            <span className={`${styles.visuallyHidden} search-ignore`}>Direct link to {row.name}</span>
          </a>
        </h3>
      </td>
      <td className={styles.type}>{row.type}</td>
      {showRequired && (
        <td className={styles.requiredCell}>
          {row.required ? <span className={styles.required}>Required</span> : <span className={styles.optional}>Optional</span>}
        </td>
      )}
      <td className={styles.descriptionCell}>{row.description}</td>
      <td className={styles.constraintsCell}>
        {renderConstraints(row.constraints)}
      </td>
    </tr>
  );
}

/**
 * Request, header or response members of an operation. Types, limits, allowed values and patterns
 * come from the backend spec (the one that validates requests) unless the page states them.
 */
export default function ParamsTable(props: Readonly<ParamsTableProps>): ReactNode {
  const checked = assertTableProps(props);
  const operation = useDocOperation();
  const spec = operation ? operationSpecs[operation] : undefined;
  const table = checked.kind === 'parameters' ? requestTable(checked.rows, spec) : responseTable(checked.rows, spec);
  const showRequired = table.kind !== 'response';
  // One hook for the table, not one per row: the build checks links to these anchors.
  const brokenLinks = useBrokenLinks();
  for (const row of table.rows) brokenLinks.collectAnchor(row.id);
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{table.kind === 'header' ? 'Header' : table.kind === 'response' ? 'Element' : 'Parameter'}</th>
            <th scope="col">Type</th>
            {showRequired && <th scope="col">Required</th>}
            <th scope="col">Description</th>
            <th scope="col">Constraints</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => renderRow(row, showRequired))}
        </tbody>
      </table>
    </div>
  );
}

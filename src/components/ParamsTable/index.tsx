import React, { type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { operationSpecs } from '../../../mock-server';
import { useDocOperation } from '../shared/useDocOperation';
import { assertTableProps } from './assertTableProps';
import type { ParamsTableProps } from './assertTableProps';
import { requestTable, responseTable } from './tableRows';
import { rowsHtml } from './rowsHtml';
import styles from './styles.module.css';

export type { ParamsTableProps } from './assertTableProps';
export type { ParameterRow, ResponseElementRow } from './types';

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
        <tbody dangerouslySetInnerHTML={{ __html: rowsHtml(table.rows, showRequired, styles) }} />
      </table>
    </div>
  );
}

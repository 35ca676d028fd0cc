import React, { type MouseEvent, type ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import { testerElementId } from '../ApiTester/testerElementId';
import { testerOperationOfPath } from './testerOperationOfPath';
import styles from './styles.module.css';

/**
 * "Skip to the live tester", next to Docusaurus's "Skip to main content" on every API page: the tester sits
 * under thousands of pixels of reference, about 90 Tab presses away; this takes a keyboard user there in one.
 */
export function TesterSkipLink(): ReactNode {
  const { pathname } = useLocation();
  const operation = testerOperationOfPath(pathname);
  if (operation === undefined) return null;
  const targetId = testerElementId(operation);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const tester = document.getElementById(targetId);
    if (tester === null) return;
    // Focus, not only scroll: the next Tab must reach the tester's first control (it has tabIndex -1).
    event.preventDefault();
    tester.focus();
    tester.scrollIntoView({ block: 'start' });
  };
  return (
    <a className={styles.skipLink} href={`#${targetId}`} onClick={onClick}>
      Skip to the live tester
    </a>
  );
}

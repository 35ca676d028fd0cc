import React, { Suspense, lazy, type ReactNode } from 'react';
import { useMountedAfterHydration } from '../shared/useMountedAfterHydration';
import { assertTesterProps } from './assertTesterProps';
import type { ApiTesterProps } from './assertTesterProps';
import { testerElementId } from './testerElementId';
import styles from './styles.module.css';

export type { ApiTesterProps } from './assertTesterProps';

const Tester = lazy(() => import('./Tester'));

/** Placeholder with the form's shape, so the page paints at once and does not jump when the tester arrives. */
function TesterSkeleton({ fieldCount }: { readonly fieldCount: number }): ReactNode {
  return (
    <div className={styles.skeleton} aria-hidden="true">
      <div className={styles.skeletonToolbar} />
      {Array.from({ length: fieldCount }, (_, index) => (
        <div key={index} className={styles.skeletonField}>
          <div className={styles.skeletonLabel} />
          <div className={styles.skeletonHelp} />
          <div className={styles.skeletonInput} />
        </div>
      ))}
      <div className={styles.skeletonButton} />
      <div className={styles.skeletonLabel} />
      <div className={styles.skeletonResponse} />
      <div className={styles.skeletonLabel} />
      <div className={styles.skeletonKey} />
      <div className={styles.skeletonKey} />
    </div>
  );
}

/** Live tester for one operation against the in-browser sandbox. The sandbox code loads after the page. */
export default function ApiTester(props: Readonly<ApiTesterProps>): ReactNode {
  assertTesterProps(props);
  const { operation, description } = props;
  const skeleton = <TesterSkeleton fieldCount={props.parameters.length} />;
  const mounted = useMountedAfterHydration();
  return (
    // tabIndex -1: "Try it" moves focus here, so the next Tab reaches the tester's first control.
    <section id={testerElementId(operation)} className={styles.tester} aria-label={`Try ${operation}`} tabIndex={-1}>
      <header className={styles.testerHeader}>
        <span className={styles.badge}>Live sandbox</span>
        <span className={styles.testerTitle}>
          <code>{operation}</code> — {description}
        </span>
      </header>
      {mounted ? (
        <Suspense fallback={skeleton}>
          <Tester {...props} />
        </Suspense>
      ) : (
        skeleton
      )}
    </section>
  );
}

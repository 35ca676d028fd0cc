import React, { useRef, type ComponentProps, type ReactNode } from 'react';
import { useOverflowsSideways } from './useOverflowsSideways';

/**
 * A Markdown table. Infima makes tables scroll sideways inside their own box when they are wider than the column
 * (phones): a table that scrolls takes keyboard focus, so it can be scrolled with the arrow keys; one that fits
 * adds no Tab stop.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const table = useRef<HTMLTableElement>(null);
  const overflows = useOverflowsSideways(table);
  return <table {...props} ref={table} tabIndex={overflows ? 0 : undefined} />;
}

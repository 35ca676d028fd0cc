import React, { Children, type ComponentProps, type ReactNode } from 'react';

/**
 * A Markdown table's header cell. A table written with an empty header row (`| | |`) would give screen readers
 * headers with no name: an empty cell is rendered as a plain cell, which is what it is.
 */
export default function HeaderCell(props: ComponentProps<'th'>): ReactNode {
  const empty = Children.toArray(props.children).every((child) => typeof child === 'string' && child.trim() === '');
  return empty ? <td {...props} /> : <th {...props} />;
}

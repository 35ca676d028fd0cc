import React, { Children, isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** Plain strings joined into one, so the copy button can copy them; anything with elements stays as it is. */
function stringOrElements(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * Docusaurus's CodeBlock without its remount after hydration (`key={isBrowser}`), which built every code block of a
 * page twice, Prism tokens and all. The remount put the dark Prism theme on blocks rendered with the light one; it
 * is no longer needed: useColorMode() answers the default (light) mode while hydrating, as the static HTML was
 * rendered, and the reader's mode right after, so a dark reader's blocks are restyled in place by a plain update.
 */
export default function CodeBlock({ children, ...props }: Props): ReactNode {
  const content = stringOrElements(children);
  return typeof content === 'string' ? <StringContent {...props}>{content}</StringContent> : <ElementContent {...props}>{content}</ElementContent>;
}

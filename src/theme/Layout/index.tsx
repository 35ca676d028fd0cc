import React, { type ComponentProps, type ReactNode } from 'react';
import Layout from '@theme-original/Layout';
import { useWrapInMain } from '@site/src/components/shared/mainLandmark';

type LayoutProps = ComponentProps<typeof Layout>;

/**
 * Docusaurus's Layout, with the page content in <main> when the page asks for it. Docs pages and our own pages
 * render their <main>; the search plugin's page has none, so screen-reader users could not jump to its content.
 */
export default function LayoutWrapper({ children, ...props }: LayoutProps): ReactNode {
  const wrapInMain = useWrapInMain();
  return <Layout {...props}>{wrapInMain ? <main>{children}</main> : children}</Layout>;
}

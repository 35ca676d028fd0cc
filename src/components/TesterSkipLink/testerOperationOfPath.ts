/**
 * The operation whose tester a path's page holds: "/docs/api/re-encrypt" → "ReEncrypt". Every page under
 * docs/api/ but the overview is an operation page named in kebab case (tests/docs/apiNavigation.test.ts),
 * so the name is read from the path instead of importing the operation list into every page.
 */
export function testerOperationOfPath(pathname: string): string | undefined {
  const slug = /\/docs\/api\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname)?.[1];
  if (slug === undefined) return undefined;
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

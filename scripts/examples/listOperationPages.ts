import { listDocPages } from './listDocPages';

/** The API overview, `docs/api/index.mdx`: it links the operation pages and is not one itself. */
export const API_OVERVIEW_PAGE = 'api/index.mdx';

/** The operation pages, `api/<kebab-name>.mdx` relative to `docsDir`, sorted: every page under api/ but the overview. */
export function listOperationPages(docsDir: string): string[] {
  return listDocPages(docsDir).filter((page) => page.startsWith('api/') && page !== API_OVERVIEW_PAGE);
}

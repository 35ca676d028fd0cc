import type { MDXComponentsObject } from '@theme/MDXComponents';
import OriginalMDXComponents from '@theme-original/MDXComponents';
import ApiExample from '@site/src/components/ApiExample';
import ApiTester from '@site/src/components/ApiTester';
import HeaderCell from '@site/src/components/HeaderCell';
import ParamsTable from '@site/src/components/ParamsTable';
import ScrollableTable from '@site/src/components/ScrollableTable';

const original: MDXComponentsObject = OriginalMDXComponents;

/** The API components are available on every page without imports; pages that import them explicitly still work. */
const MDXComponents = {
  ...original,
  ApiExample,
  ApiTester,
  ParamsTable,
  table: ScrollableTable,
  th: HeaderCell,
};

export default MDXComponents;
